package vn.coso.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.coso.attachments.AttachmentDtos.AttachmentCount;
import vn.coso.attachments.AttachmentDtos.AttachmentResponse;
import vn.coso.common.errors.Problem;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.Roles;

import java.util.Arrays;
import java.util.List;

@Path("/api/v1/attachments/{kind}")
@Tag(name = "Attachments", description = "Photos and documents of records. `kind` names the owner: feedback, "
        + "feedback-answer, inspection-conclusion, disciplinary-action, consultation, consultation-result, conference, "
        + "document, model-practice, disclosure, board. Every operation applies the owner record's scope (404 outside "
        + "it) and roles.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class AttachmentResource {

    private final AttachmentService attachments;

    public AttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GET
    @Path("/{ownerId}")
    @Operation(summary = "List a record's files",
            description = "Files marked HANDLING appear only to admin and the officers handling the record.")
    @APIResponse(responseCode = "200", description = "The files, oldest first (not paged: a record holds few).")
    public PageResult<AttachmentResponse> list(@PathParam("kind") String kind, @PathParam("ownerId") long ownerId) {
        return attachments.list(kind, ownerId);
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Count the files of several records", description = "For the paperclip of list rows: "
            + "`ownerIds=1,2,3` (at most 200); records out of scope are left out.")
    @APIResponse(responseCode = "200", description = "One count per record in scope.")
    public List<AttachmentCount> counts(@PathParam("kind") String kind,
                                        @QueryParam("ownerIds") @Parameter(description = "Comma-separated ids.",
                                                example = "12,13") String ownerIds) {
        List<Long> ids;
        try {
            ids = ownerIds == null || ownerIds.isBlank() ? List.of()
                    : Arrays.stream(ownerIds.split(",")).map(String::trim).map(Long::valueOf).distinct().toList();
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("ownerIds", "attachment.owner-ids.invalid");
        }
        if (ids.size() > 200) {
            throw ProblemException.invalidField("ownerIds", "attachment.owner-ids.too-many");
        }
        return attachments.counts(kind, ids);
    }

    @POST
    @Path("/{ownerId}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR})
    @Operation(summary = "Add a file to a record",
            description = "multipart/form-data with `file` and optionally `visibility`. The type is decided by the "
                    + "content (JPEG, PNG, WebP, PDF, DOCX, XLSX, ODT); images lose their metadata (EXIF, GPS) before "
                    + "they are stored; a file at most `coso.attachments.max-file-size` (20 MB by default), a record "
                    + "at most 20 files and 100 MB. The same content twice on one record answers the first (200).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentDtos.UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentResponse.class)))
    @APIResponse(responseCode = "200", description = "The record already holds this content: that file.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentResponse.class)))
    @APIResponse(responseCode = "413", description = "The file is too large.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A type not allowed, a malformed image, too many pixels, malware, "
            + "or the record's limits.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "The malware scanner is configured but cannot be reached.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<AttachmentResponse> upload(@PathParam("kind") String kind, @PathParam("ownerId") long ownerId,
                                                   @RestForm("file") @Schema(hidden = true) FileUpload file,
                                                   @RestForm("visibility") @Schema(hidden = true) String visibility) {
        AttachmentService.Upload upload = attachments.upload(kind, ownerId, file, Downloads.visibility(visibility));
        return RestResponse.ResponseBuilder.<AttachmentResponse>create(upload.created()
                ? RestResponse.Status.CREATED : RestResponse.Status.OK).entity(upload.attachment()).build();
    }

    @GET
    @Path("/{ownerId}/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file", description = "Sent as an attachment; `inline=true` shows an image or a "
            + "PDF in the browser. Never sniffed (`X-Content-Type-Options: nosniff`); the name in RFC 6266 `filename*`.")
    @APIResponse(responseCode = "200", description = "The content.",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response download(@PathParam("kind") String kind, @PathParam("ownerId") long ownerId,
                                              @PathParam("id") long id, @QueryParam("inline") boolean inline) {
        return Downloads.response(attachments.download(kind, ownerId, id, false), inline);
    }

    @GET
    @Path("/{ownerId}/{id}/thumbnail")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A small JPEG of an image, for lists", description = "404 for a file without one.")
    @APIResponse(responseCode = "200", description = "The thumbnail.",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response thumbnail(@PathParam("kind") String kind, @PathParam("ownerId") long ownerId,
                                               @PathParam("id") long id) {
        return Downloads.response(attachments.download(kind, ownerId, id, true), true);
    }

    @DELETE
    @Path("/{ownerId}/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR})
    @Operation(summary = "Delete a file")
    @APIResponse(responseCode = "204", description = "Deleted, with its content.")
    public void delete(@PathParam("kind") String kind, @PathParam("ownerId") long ownerId, @PathParam("id") long id) {
        attachments.delete(kind, ownerId, id);
    }
}
