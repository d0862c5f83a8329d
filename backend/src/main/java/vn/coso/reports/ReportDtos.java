package vn.coso.reports;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.reporting.FigureKind;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class ReportDtos {

    private ReportDtos() {
    }

    @Schema(name = "ReportUnit")
    public record ReportUnit(long id, String code, String name, UnitType type) {
    }

    @Schema(name = "ReportPeriod", description = "Inclusive dates.")
    public record ReportPeriod(LocalDate from, LocalDate to) {
    }

    @Schema(name = "Figure", description = "One figure of the review, for the period and the previous period of the same length.")
    public record Figure(
            @Schema(description = "Stable key, e.g. trainings.attendances.") String key,
            @Schema(description = "Vietnamese label.") String label,
            @Schema(description = "What is counted, and how.") String definition,
            FigureKind kind,
            @Schema(description = "Whether the figures of the parts of an area add up to the area's.") boolean additive,
            @Schema(type = SchemaType.NUMBER, nullable = true) Number value,
            @Schema(type = SchemaType.NUMBER, nullable = true, description = "The same figure for the previous period.")
            Number previous) {
    }

    @Schema(name = "ReportSection", description = "A feature's figures.")
    public record Section(String key, String title, List<Figure> figures) {
    }

    @Schema(name = "BreakdownRow", description = "The figures of one part of the area for the period. `own` is the row of "
            + "records attached to the requested unit itself; the children's rows and `own` add up to the area for "
            + "every additive figure.")
    public record BreakdownRow(
            ReportUnit unit,
            @Schema(description = "true for the requested unit's own records, not its subtree.") boolean own,
            @Schema(description = "Units directly under this one: it can be drilled into.") long childCount,
            @Schema(description = "Figure values by key.") Map<String, Number> figures) {
    }

    @Schema(name = "LaggingReasonItem")
    public record Reason(@Schema(description = "Stable code, e.g. regulation.missing.") String code,
                         @Schema(description = "Vietnamese label.") String label,
                         @Schema(description = "How much this reason weighs in the sort.") int weight) {
    }

    @Schema(name = "LaggingUnitItem", description = "A unit of the area that lags, with its named reasons.")
    public record Lagging(ReportUnit unit, @Schema(description = "Sum of the reasons' weights; the list sorts by it, "
            + "highest first.") int score, List<Reason> reasons) {
    }

    @Schema(name = "AnnualReport")
    public record AnnualReport(
            ReportUnit unit,
            ReportPeriod period,
            ReportPeriod previousPeriod,
            List<Section> sections,
            List<BreakdownRow> breakdown,
            @Schema(description = "The area's most lagging units, most lagging first: the first `laggingLimit` of them "
                    + "(100 by default in JSON, every one up to 1,000 in the exports).") List<Lagging> lagging,
            @Schema(description = "How many units of the area lag in all; more than `lagging` holds when the list was cut.")
            int laggingTotal,
            @Schema(description = "The features' own parts of the review, e.g. the steering committee's targets vs "
                    + "results, meetings, and shortcomings with causes and remedies.") List<vn.coso.common.reporting.ReportPart> parts) {
    }

    @Schema(name = "PublicFigures", description = "The province's figures that may be published: counts and shares only.")
    public record PublicFigures(ReportUnit unit, ReportPeriod period, ReportPeriod previousPeriod, List<Section> sections) {
    }
}
