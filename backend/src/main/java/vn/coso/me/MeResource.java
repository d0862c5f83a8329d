package vn.coso.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.coso.common.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Me", description = "The signed-in caller.")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MeService me;

    public MeResource(MeService me) {
        this.me = me;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(summary = "Who am I",
            description = "Your username, name, Coso roles and unit (from the token's unit_code claim; null when "
                    + "the claim is missing or names no unit, in which case you see no records).")
    @APIResponse(responseCode = "200", description = "The caller.")
    public MeService.Me get() {
        return me.current();
    }
}
