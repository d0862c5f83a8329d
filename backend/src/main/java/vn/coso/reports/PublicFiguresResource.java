package vn.coso.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.reports.ReportDtos.PublicFigures;

@Path("/api/v1/public/figures")
@Tag(name = "Public", description = "Open to everyone, signed out included.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicFiguresResource {

    private final ReportService reports;

    public PublicFiguresResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Operation(summary = "The province's figures of a year, for everyone",
            description = "The figures of the annual review for a whole province (`provinceId`; by default the first "
                    + "province of the unit tree) and the year before, with their definitions: counts and shares only — no "
                    + "names, no personal data, no inspection beyond how many. The same definitions as GET "
                    + "/api/v1/reports/annual. No sign-in. A `provinceId` that is not a province answers 404.")
    @APIResponse(responseCode = "200", description = "The figures.")
    public RestResponse<PublicFigures> figures(
            @QueryParam("year") @Parameter(description = "A calendar year, e.g. 2024.", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year,
            @QueryParam("provinceId") @Parameter(description = "The province, in a deployment that holds several "
                    + "(GET /api/v1/public/units lists them); by default the first.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String provinceId) {
        return RestResponse.ResponseBuilder.ok(reports.publicFigures(year, provinceId))
                .header("Cache-Control", "public, max-age=300").build();
    }
}
