package vn.coso.attachments;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.coso.attachments.AttachmentDtos.AttachmentResponse;
import vn.coso.common.abuse.RateLimiter;
import vn.coso.common.errors.Problem;

import java.util.List;

/** A citizen's photos and documents, by the feedback's tracking code. */
@Path("/api/v1/public/feedback/{trackingCode}/attachments")
@Tag(name = "Public portal")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class PublicAttachmentResource {

    static final String OWNER_PATH = "feedback";
    static final String UPLOAD_LIMIT = "public-attachments";
    static final String READ_LIMIT = "public-tracking";

    private final AttachmentService attachments;
    private final RateLimiter rateLimiter;

    public PublicAttachmentResource(AttachmentService attachments, RateLimiter rateLimiter) {
        this.attachments = attachments;
        this.rateLimiter = rateLimiter;
    }

    @GET
    @Operation(summary = "The public files of a feedback",
            description = "Those the citizen marked public, and those of the published answer.")
    @APIResponse(responseCode = "200", description = "The files.")
    public List<AttachmentResponse> list(@PathParam("trackingCode") String trackingCode) {
        rateLimiter.check(READ_LIMIT);
        return attachments.publicList(OWNER_PATH, trackingCode);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a photo or document to the feedback you sent",
            description = "Within two hours of sending it and while it is unanswered, at most 3 files. `visibility`: "
                    + "STAFF (default: the officers who see the feedback), HANDLING (only the officers handling it) or "
                    + "PUBLIC (also shown on the tracking page). Photos lose their metadata (EXIF, GPS position) before "
                    + "they are stored. Rate-limited per connection (429 with Retry-After).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = AttachmentDtos.UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentResponse.class)))
    @APIResponse(responseCode = "200", description = "This content was already sent: that file.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentResponse.class)))
    @APIResponse(responseCode = "409", description = "The feedback takes no more files from its sender.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "413", description = "The file is too large.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A type not allowed, a malformed image, malware, or too many files.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<AttachmentResponse> upload(@PathParam("trackingCode") String trackingCode,
                                                   @RestForm("file") @Schema(hidden = true) FileUpload file,
                                                   @RestForm("visibility") @Schema(hidden = true) String visibility) {
        rateLimiter.check(UPLOAD_LIMIT);
        AttachmentService.Upload upload = attachments.publicUpload(OWNER_PATH, trackingCode, file,
                Downloads.visibility(visibility));
        return RestResponse.ResponseBuilder.<AttachmentResponse>create(upload.created()
                ? RestResponse.Status.CREATED : RestResponse.Status.OK).entity(upload.attachment()).build();
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a public file of a feedback")
    @APIResponse(responseCode = "200", description = "The content.",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response download(@PathParam("trackingCode") String trackingCode, @PathParam("id") long id,
                                              @QueryParam("inline") boolean inline) {
        rateLimiter.check(READ_LIMIT);
        return Downloads.response(attachments.publicDownload(OWNER_PATH, trackingCode, id, false), inline);
    }

    @GET
    @Path("/{id}/thumbnail")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A small JPEG of a public image of a feedback")
    @APIResponse(responseCode = "200", description = "The thumbnail.",
            content = @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public jakarta.ws.rs.core.Response thumbnail(@PathParam("trackingCode") String trackingCode, @PathParam("id") long id) {
        rateLimiter.check(READ_LIMIT);
        return Downloads.response(attachments.publicDownload(OWNER_PATH, trackingCode, id, true), true);
    }
}
