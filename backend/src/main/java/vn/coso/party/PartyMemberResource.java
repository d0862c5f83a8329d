package vn.coso.party;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.paging.KeysetPageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.party.PartyDtos.PartyMemberRequest;
import vn.coso.party.PartyDtos.PartyMemberResponse;
import vn.coso.party.PartyDtos.TransferRequest;
import vn.coso.party.PartyDtos.TransferResponse;

import java.util.List;

@Path("/api/v1/party-members")
@Tag(name = "Party members", description = "Đảng viên. Personal data: only admin and inspector, only in scope.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
public class PartyMemberResource {

    private final PartyMemberService members;

    public PartyMemberResource(PartyMemberService members) {
        this.members = members;
    }

    @GET
    @Operation(summary = "List party members in your scope",
            description = "`organizationId` and `unitId` mean that organisation or unit and everything below it; "
                    + "`q` matches the name or the party card number, ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of members.")
    public PageResult<PartyMemberResponse> list(
            @QueryParam("q") String q,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PartyMemberStatus.class)) String status,
            @QueryParam("organizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String organizationId,
            @QueryParam("unitId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @BeanParam KeysetPageRequest page) {
        return members.list(q, QueryParams.optionalEnum("status", status, PartyMemberStatus.class),
                QueryParams.optionalLong("organizationId", organizationId), QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalInstant("updatedSince", updatedSince), page);
    }

    @POST
    @Operation(summary = "Record a party member")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = PartyMemberResponse.class)))
    public RestResponse<PartyMemberResponse> create(@Valid @NotNull PartyMemberRequest request, @Context UriInfo uri) {
        PartyMemberResponse created = members.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a party member")
    @APIResponse(responseCode = "200", description = "The member; its ETag is its version.")
    public RestResponse<PartyMemberResponse> get(@PathParam("id") long id) {
        PartyMemberResponse member = members.get(id);
        return Responses.ok(member.version(), member);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a party member",
            description = "Carries the `version` read. The organisation does not change here: use the transfer operation.")
    @APIResponse(responseCode = "200", description = "The member as changed.")
    public RestResponse<PartyMemberResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                    @Valid @NotNull PartyMemberRequest request) {
        PartyMemberResponse member = members.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(member.version(), member);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a member recorded by mistake",
            description = "Only a member with no transfers and no records about them; otherwise record a status.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        members.delete(id);
    }

    @POST
    @Path("/{id}/transfer")
    @Operation(summary = "Transfer a member to another organisation (chuyển sinh hoạt đảng)",
            description = "Moves an active member and keeps the move in the member's transfer history.")
    @APIResponse(responseCode = "200", description = "The member in the new organisation.")
    public PartyMemberResponse transfer(@PathParam("id") long id, @Valid @NotNull TransferRequest request) {
        return members.transfer(id, request);
    }

    @GET
    @Path("/{id}/transfers")
    @Operation(summary = "The member's transfer history, newest first")
    @APIResponse(responseCode = "200", description = "Transfers.")
    public List<TransferResponse> transfers(@PathParam("id") long id) {
        return members.transfers(id);
    }
}
