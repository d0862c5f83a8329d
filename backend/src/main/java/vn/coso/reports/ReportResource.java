package vn.coso.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.coso.common.errors.Problem;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.reports.ReportDtos.AnnualReport;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The annual review (báo cáo kết quả thực hiện dân chủ ở cơ sở), computed from the records.")
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/annual")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX, "application/pdf"})
    @Operation(summary = "The annual review of a unit and its subtree",
            description = "Every figure is counted by queries over the records of the period and of the unit's subtree "
                    + "when asked — never a stored total — and stands beside the same figure for the previous period of "
                    + "the same length (a year: the year before; a run of whole months: as many months before; otherwise as "
                    + "many days before). Each figure in the answer carries its `definition`; they are:\n\n"
                    + "- `documents.issued`: directive documents with an issue date in the period, issued by units of the area.\n"
                    + "- `trainings.classes`, `trainings.attendances`: training classes held in the period by units of the "
                    + "area, and the sum of their attendances.\n"
                    + "- `inspections.organizationsInspected`, `inspections.membersInspected`, "
                    + "`inspections.organizationsSupervised`, `inspections.membersSupervised`: the counting rule — a party "
                    + "organisation (member) counts when an inspection of kind INSPECTION (SUPERVISION) of it that is "
                    + "IN_PROGRESS, CONCLUDED or CLOSED has its actual start in the period, its scope unit in the area; each "
                    + "once however often.\n"
                    + "- `inspections.violationsFound`: CONCLUDED or CLOSED inspections and supervisions started in the "
                    + "period whose conclusion found a violation; `inspections.disciplinaryActions.<FORM>`: disciplinary "
                    + "actions decided in the period, by form.\n"
                    + "- `regulations.requiredUnits`: active units of the area that must have a regulation (every type but "
                    + "the province; villages with a convention); `regulations.unitsWithRegulation`: those with one ISSUED "
                    + "on or before the end of the period; `regulations.share`: the second over the first, 0 to 1.\n"
                    + "- `conferences.held`: staff and workers' conferences and workplace dialogues held in the period; "
                    + "`conferences.unitsWithout`: active agencies, public service units and enterprises that held none.\n"
                    + "- `feedback.received`: feedback received in the period about units of the area, whatever its "
                    + "status; `feedback.answered`: of those, the ones ANSWERED or CLOSED; `feedback.answeredOnTime`: of "
                    + "those answered, the ones answered by their answer deadline (counted from the acknowledgement); "
                    + "`feedback.overdue`: of those received, not rejected, the ones that missed a deadline — acknowledged or "
                    + "answered after it, or not yet with it before the end of the period (or now, if sooner); `feedback.averageRating`: the mean of the senders' ratings "
                    + "(1 to 5), null without ratings. Each also by democracy right: `feedback.received.KNOW`, "
                    + "`feedback.overdue.BENEFIT` and so on for KNOW, DISCUSS, DO, INSPECT, SUPERVISE and BENEFIT.\n"
                    + "- `consultations.held`: consultations PUBLISHED or CONCLUDED that opened in the period; "
                    + "`consultations.comments`, `.accepted`, `.partlyAccepted`, `.notAccepted`, `.unanswered`: their "
                    + "comments by the unit's answer (tiếp thu, giải trình).\n"
                    + "- `modelPractices.recognized`: model practices recognised in a year the period touches.\n\n"
                    + "`breakdown` has the same figures (for the period) for each unit directly under the requested one, "
                    + "to drill down, and a row `own: true` for the records of the unit itself: for every `additive` figure "
                    + "the rows add up to the area's. `lagging` names the units of the area that lag and why (no regulation "
                    + "in force: weight 3; no staff or workers' conference: 2; comments of a closed consultation left "
                    + "unanswered: 2; overdue feedback: 2; fewer than half of the feedback due answered, once at least three "
                    + "fell due: 2; a district-level unit with no training: 1), "
                    + "most lagging first; at a province's or the country's size there are hundreds, so the answer names the "
                    + "first `laggingLimit` (100 by default; the exports every one up to 1,000) and `laggingTotal` says how many "
                    + "lag in all.\n\n"
                    + "The same report exports as CSV (UTF-8 with BOM), XLSX or a printable Vietnamese PDF: ask with "
                    + "`Accept` or `format` (the parameter wins). `unitId` defaults to your own unit; a unit outside your "
                    + "scope answers 404.")
    @APIResponse(responseCode = "200", description = "The report.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReport.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such unit in your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response annual(
            @QueryParam("year") @Parameter(description = "A calendar year, e.g. 2024; or give from and to.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year,
            @QueryParam("from") @Parameter(description = "First day of the period (with to), e.g. 2024-01-01.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Last day of the period (inclusive), e.g. 2024-06-30.",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("unitId") @Parameter(description = "The unit whose subtree is reported; default: yours.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("format") @Parameter(description = "json, csv, xlsx or pdf; overrides Accept.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "xlsx", "pdf"})) String format,
            @QueryParam("structure") @Parameter(description = "period (default): the breakdown follows the structure of "
                    + "the period's last day, records of units closed within it counting under their successor; current: "
                    + "today's structure, past records rolled up through the lineage into today's units.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"period", "current"})) String structure,
            @QueryParam("laggingLimit") @Parameter(description = "How many of the most lagging units to name, 1 to 1000; "
                    + "default 100 in JSON, 1000 in the exports. `laggingTotal` counts them all.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000"))
            String laggingLimit,
            @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
        AnnualReport report = reports.annual(year, from, to, unitId, structure, laggingLimit(laggingLimit, chosen));
        if (chosen == ReportFormat.JSON) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        String fileName = "bao-cao-" + report.unit().code() + "-" + report.period().from() + "-" + report.period().to()
                + "." + chosen.extension;
        return Response.ok(chosen.write(report, reports.texts()), chosen.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static int laggingLimit(String value, ReportFormat format) {
        return QueryParams.countUpTo("laggingLimit", value,
                format == ReportFormat.JSON ? ReportService.LAGGING_DEFAULT : ReportService.LAGGING_MAX, ReportService.LAGGING_MAX);
    }
}
