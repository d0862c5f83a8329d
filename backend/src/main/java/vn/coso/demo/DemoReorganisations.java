package vn.coso.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.coso.reorganisations.ReorganisationDtos.Plan;
import vn.coso.reorganisations.ReorganisationPlans;
import vn.coso.reorganisations.ReorganisationService;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The two reorganisations of Quảng Ninh since the demo's 2024 records, applied through the same
 * operation an administrator uses ({@code POST /api/v1/reorganisations}): the 1 November 2024 changes
 * of NQ 1199 ({@code demo/reorganisation-2024-11-01.json}, its choices in the .md beside it) and the
 * 1 July 2025 plan of NQ 1679 read from {@code demo/quang-ninh-units-2025.csv} (its choices in
 * {@code demo/reorganisation-2025-07-01.md}). Each is applied once: a reorganisation already recorded
 * with the same legal basis and date is not applied again.
 */
@ApplicationScoped
public class DemoReorganisations {

    static final LocalDate NOVEMBER_2024 = LocalDate.of(2024, 11, 1);
    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    static final String NQ_1199 = "1199/NQ-UBTVQH15";
    static final String NQ_1679 = "1679/NQ-UBTVQH15";

    private final ReorganisationService reorganisations;
    private final ReorganisationPlans plans;
    private final EntityManager em;
    private final ObjectMapper json;

    public DemoReorganisations(ReorganisationService reorganisations, ReorganisationPlans plans, EntityManager em,
                               ObjectMapper json) {
        this.reorganisations = reorganisations;
        this.plans = plans;
        this.em = em;
        this.json = json;
    }

    /** Applies the reorganisations not applied yet, oldest first; answers how many units they created or closed. */
    @ActivateRequestContext
    public int applyMissing() {
        int changed = 0;
        if (!applied(NQ_1199, NOVEMBER_2024)) {
            changed += apply(november2024());
        }
        if (!applied(NQ_1679, JULY_2025)) {
            changed += apply(july2025());
        }
        return changed;
    }

    /** The 1 November 2024 changes alone, if not applied yet (the demo test reads 2024 between the two). */
    @ActivateRequestContext
    public int applyNovember2024() {
        return applied(NQ_1199, NOVEMBER_2024) ? 0 : apply(november2024());
    }

    @Transactional
    boolean applied(String legalBasisNumber, LocalDate effectiveDate) {
        return em.createQuery("select count(r) from Reorganisation r where r.legalBasisNumber = :n and r.effectiveDate = :d",
                        Long.class)
                .setParameter("n", legalBasisNumber).setParameter("d", effectiveDate).getSingleResult() > 0;
    }

    private int apply(Plan plan) {
        var applied = reorganisations.apply(plan);
        return applied.created().size() + applied.closed().size() + applied.changed().size();
    }

    Plan november2024() {
        try (InputStream in = resource("demo/reorganisation-2024-11-01.json")) {
            return json.readValue(in, Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Plan july2025() {
        try (InputStreamReader csv = new InputStreamReader(resource("demo/quang-ninh-units-2025.csv"), StandardCharsets.UTF_8)) {
            Plan plan = plans.fromCsv(csv, JULY_2025, NQ_1679, LocalDate.of(2025, 6, 16),
                    "Sắp xếp đơn vị hành chính cấp xã của tỉnh Quảng Ninh năm 2025 (từ 01/07/2025)");
            // The demo's staff accounts on the merged units are the ones the README lists: confirmed.
            return new Plan(plan.effectiveDate(), plan.legalBasisNumber(), plan.legalBasisDate(), plan.title(),
                    plan.newUnits(), plan.merges(), plan.primarySuccessors(), plan.destinations(), plan.moves(),
                    plan.dissolutions(), plan.changes(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoReorganisations.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + name);
        }
        return in;
    }
}
