package vn.coso.reorganisations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.reorganisations.ReorganisationDtos.Plan;
import vn.coso.reorganisations.ReorganisationDtos.Preview;

import java.io.StringReader;
import java.time.LocalDate;

@Path("/api/v1/reorganisations")
@Tag(name = "Reorganisations", description = "Merges, divisions, moves and dissolutions of units as one operation, with their legal basis.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ReorganisationResource {

    private final ReorganisationService reorganisations;
    private final ReorganisationPlans plans;

    public ReorganisationResource(ReorganisationService reorganisations, ReorganisationPlans plans) {
        this.reorganisations = reorganisations;
        this.plans = plans;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview or apply a reorganisation",
            description = "The plan is validated whole: every old unit it closes is accounted for (a primary successor "
                    + "for each divided unit), every unit under a closing unit goes somewhere, codes name one unit on any "
                    + "date, types fit their parents, no cycles; a faulty plan answers 400 naming every faulty row and "
                    + "changes nothing. `dryRun=true` answers what it would do. Applying closes the old units on the day "
                    + "before the effective date (they keep their records, placed under their primary successor), creates "
                    + "the new ones and moves the rest, at once. When staff accounts' scope would change (a code taken by a "
                    + "new unit, a code no longer held) the plan must carry `confirmScopeChanges: true`, else 409.")
    @APIResponse(responseCode = "200", description = "Dry run: what the plan would do.",
            content = @Content(schema = @Schema(implementation = Preview.class)))
    @APIResponse(responseCode = "201", description = "Applied.",
            content = @Content(schema = @Schema(implementation = Preview.class)))
    public RestResponse<Preview> apply(@QueryParam("dryRun") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN))
                                       String dryRun,
                                       @Valid @NotNull Plan plan) {
        if (Boolean.TRUE.equals(QueryParams.optionalBoolean("dryRun", dryRun))) {
            return RestResponse.ok(reorganisations.preview(plan));
        }
        return RestResponse.status(RestResponse.Status.CREATED, reorganisations.apply(plan));
    }

    @GET
    @Operation(summary = "List the reorganisations applied", description = "Newest effective date first.")
    @APIResponse(responseCode = "200", description = "A page of reorganisations.")
    public PageResult<ReorganisationDtos.Summary> list(@BeanParam PageRequest page) {
        return reorganisations.list(page);
    }

    @POST
    @Path("/plan-from-csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Read a plan from a table",
            description = "A CSV shaped like quang-ninh-units-2025.csv (`code,name,type,parent_code,level_name,merged_from`) "
                    + "becomes a plan to review and post (dry run first). Districts are dissolved when the table has none.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The plan.")
    public Plan planFromCsv(@QueryParam("effectiveDate") @Parameter(required = true,
                                    schema = @Schema(type = SchemaType.STRING, format = "date")) String effectiveDate,
                            @QueryParam("legalBasisNumber") @Parameter(required = true) String legalBasisNumber,
                            @QueryParam("legalBasisDate") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date"))
                            String legalBasisDate,
                            @QueryParam("title") String title,
                            String csv) {
        LocalDate effective = QueryParams.optionalDate("effectiveDate", effectiveDate);
        if (effective == null) {
            throw ProblemException.invalidField("effectiveDate", "reorganisation.effective-date.required");
        }
        if (legalBasisNumber == null || legalBasisNumber.isBlank()) {
            throw ProblemException.invalidField("legalBasisNumber", "reorganisation.legal-basis.required");
        }
        return plans.fromCsv(new StringReader(csv == null ? "" : csv), effective, legalBasisNumber.trim(),
                QueryParams.optionalDate("legalBasisDate", legalBasisDate), title);
    }
}
