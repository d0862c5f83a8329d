package vn.coso.units;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.PublicUnit;

@Path("/api/v1/public/units")
@Tag(name = "Public portal", description = "Signed out: citizens' and workers' feedback, tracking, units to choose from.")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class PublicUnitResource {

    private final UnitService units;

    public PublicUnitResource(UnitService units) {
        this.units = units;
    }

    @GET
    @Operation(summary = "Find the unit a feedback is about",
            description = "Active units whose name or code contains `q`, ignoring case and Vietnamese diacritics "
                    + "(\"bach dang\" finds \"Phường Bạch Đằng\"), by name. No sign-in needed.")
    @APIResponse(responseCode = "200", description = "A page of units.")
    public PageResult<PublicUnit> search(
            @QueryParam("q") @Parameter(description = "Part of the name or code.", example = "Bạch Đằng") String q,
            @BeanParam PageRequest page) {
        if (q != null && (q.length() > 100 || !q.matches(TextPatterns.SINGLE_LINE))) {
            throw vn.coso.common.paging.QueryParams.invalid("q", "param.search");
        }
        return units.searchPublic(q, page);
    }
}
