package vn.coso.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.rights.RightRecords;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Public disclosure in the annual review (dân biết): what was posted, and the communes that
 * disclosed every category they must (their budget estimate and settlement, the policies for
 * beneficiaries) — a commune that missed one lags.
 */
@ApplicationScoped
public class DisclosureFigures implements ReportSection, RightRecords {

    static final LaggingReason MISSING = new LaggingReason("disclosure.missing",
            "Chưa công khai đủ các nội dung bắt buộc (dự toán, quyết toán ngân sách, chính sách cho đối tượng thụ hưởng)", 2);

    private final DisclosureRepository disclosures;

    public DisclosureFigures(DisclosureRepository disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public String key() {
        return "disclosures";
    }

    @Override
    public String title() {
        return "Công khai thông tin để Nhân dân biết";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("disclosures.posted", "Nội dung đã công khai",
                        "Disclosures posted in the period by units of the area."),
                FigureDefinition.count("disclosures.communesComplete", "Xã, phường công khai đủ nội dung bắt buộc",
                        "Active communes of the area that disclosed every required category in the period."),
                FigureDefinition.count("disclosures.communesMissing", "Xã, phường chưa công khai đủ nội dung bắt buộc",
                        "Active communes of the area that missed a required category in the period."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Long> posted = disclosures.countPosted(areas, period, null);
        Map<Long, Long> communes = disclosures.countCommunes(areas, period);
        Map<Long, Long> missing = disclosures.countCommunesMissing(areas, period);
        return areas.each(key -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("disclosures.posted", posted.get(key));
            figures.put("disclosures.communesComplete", communes.get(key) - missing.get(key));
            figures.put("disclosures.communesMissing", missing.get(key));
            return figures;
        });
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        return disclosures.communesMissing(subtreePath, period).stream().map(id -> new LaggingUnit(id, MISSING)).toList();
    }

    @Override
    public Map<DemocracyRight, Map<Long, Long>> count(ReportAreas areas, Period period) {
        Map<DemocracyRight, Map<Long, Long>> rights = new EnumMap<>(DemocracyRight.class);
        rights.put(DemocracyRight.KNOW, disclosures.countPosted(areas, period, null));
        rights.put(DemocracyRight.BENEFIT, disclosures.countPosted(areas, period, DisclosureCategory.BENEFICIARY_POLICY));
        return rights;
    }
}
