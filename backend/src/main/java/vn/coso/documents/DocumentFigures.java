package vn.coso.documents;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.util.List;
import java.util.Map;

/** Directive documents issued in the period. */
@ApplicationScoped
public class DocumentFigures implements ReportSection {

    private final DocumentRepository documents;

    public DocumentFigures(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public String key() {
        return "documents";
    }

    @Override
    public String title() {
        return "Văn bản chỉ đạo";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(FigureDefinition.count("documents.issued", "Văn bản chỉ đạo đã ban hành",
                "Directive documents with an issue date in the period, issued by units of the area."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Long> issued = documents.countIssued(areas, period);
        return areas.each(key -> Map.of("documents.issued", issued.get(key)));
    }
}
