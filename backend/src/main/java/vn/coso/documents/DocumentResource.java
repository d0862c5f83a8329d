package vn.coso.documents;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.documents.DocumentDtos.DocumentRequest;
import vn.coso.documents.DocumentDtos.DocumentResponse;
import vn.coso.documents.DocumentDtos.DocumentUpdateRequest;

@Path("/api/v1/documents")
@Tag(name = "Documents", description = "Directive documents (văn bản chỉ đạo): resolutions, directives, plans, guidelines…")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class DocumentResource {

    private final DocumentService documents;

    public DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "List directive documents in your scope and those issued above your unit",
            description = "A document belongs to the scope of its issuer: the issuing unit, or the unit of the "
                    + "issuing party organisation. Directives flow down: besides the documents of your scope you "
                    + "read, read-only (`readOnly: true`), those issued by the units above your unit and by their "
                    + "party organisations — a commune officer reads the province's and the district's directives; "
                    + "changing a document stays with its issuer's scope. Filters combine with AND. "
                    + "`unitId` means that unit and every unit below it (404 if you cannot see it); `from`/`to` are inclusive issue dates "
                    + "and `year` a calendar year, so `?year=2024` lists and counts (`total`) a year's "
                    + "documents. `q` matches the number, title or issuing body, ignoring case and Vietnamese "
                    + "diacritics. Readable by every role, `integration` included (reference data).")
    @APIResponse(responseCode = "200", description = "A page of documents, latest issued first unless sorted otherwise.")
    public PageResult<DocumentResponse> list(
            @BeanParam ListParams params,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = DocumentKind.class)) String kind,
            @BeanParam PageRequest page) {
        DocumentFilter filter = new DocumentFilter(params.unitId(),
                QueryParams.optionalEnum("kind", kind, DocumentKind.class),
                params.period(), params.q(),
                params.updatedSince());
        return documents.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a directive document",
            description = "The issuer is a unit (`issuerUnitId`) or a party organisation (`issuerPartyOrganizationId`). "
                    + "The number is unique per issuer and year (409 `document.number.duplicate`). "
                    + "Officers record documents issued by units, or party organisations of units, of their own subtree.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    public RestResponse<DocumentResponse> create(@Valid @NotNull DocumentRequest request, @Context UriInfo uri) {
        DocumentResponse created = documents.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a directive document",
            description = "A document of your scope, or one issued above your unit (read-only for you).")
    @APIResponse(responseCode = "200", description = "The document; its ETag is its version.")
    public RestResponse<DocumentResponse> get(@PathParam("id") long id) {
        DocumentResponse document = documents.get(id);
        return Responses.ok(document.version(), document);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a directive document",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing. "
                    + "An `If-Match` header with the ETag of GET is also honoured (412 when it does not match). "
                    + "A document issued above your unit answers 403: you may read it, not change it.")
    @APIResponse(responseCode = "200", description = "The document as changed.")
    public RestResponse<DocumentResponse> update(@PathParam("id") long id,
                                                 @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                 @Valid @NotNull DocumentUpdateRequest request) {
        DocumentResponse document = documents.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(document.version(), document);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a directive document",
            description = "A document issued above your unit answers 403: you may read it, not delete it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        documents.delete(id);
    }
}
