package vn.coso.reorganisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitType;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

/** Plans read from tables, completed with what the table leaves out (the districts to dissolve). */
@ApplicationScoped
public class ReorganisationPlans {

    private final UnitRepository units;

    public ReorganisationPlans(UnitRepository units) {
        this.units = units;
    }

    @Transactional
    public ReorganisationDtos.Plan fromCsv(Reader csv, LocalDate effectiveDate, String legalBasisNumber,
                                           LocalDate legalBasisDate, String title) {
        LocalDate dayBefore = effectiveDate.minusDays(1);
        return ReorganisationCsv.parse(csv, effectiveDate, legalBasisNumber, legalBasisDate, title,
                provinceCode -> units.findByCodeOn(provinceCode, dayBefore)
                        .map(province -> units.list("type = ?1 and parent.id = ?2 and (validFrom is null or validFrom <= ?3)"
                                        + " and (validTo is null or validTo >= ?3) order by code",
                                UnitType.DISTRICT, province.id, dayBefore).stream().map(u -> u.code).toList())
                        .orElse(List.of()));
    }
}
