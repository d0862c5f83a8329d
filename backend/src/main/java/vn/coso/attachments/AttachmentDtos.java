package vn.coso.attachments;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class AttachmentDtos {

    private AttachmentDtos() {
    }

    @Schema(name = "Attachment", description = "A file of a record: a photo, a scanned letter, minutes.")
    public record AttachmentResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The owner kind, e.g. feedback, feedback-answer.") String ownerKind,
            @Schema(required = true) long ownerId,
            @Schema(required = true, description = "NFC, with the extension of the type its content has.") String fileName,
            @Schema(required = true, description = "Decided by the content, not by the name.") String mediaType,
            @Schema(required = true) long size,
            @Schema(required = true, description = "SHA-256 of the stored content, hexadecimal.") String sha256,
            @Schema(required = true) Visibility visibility,
            @Schema(required = true, description = "Sent by a citizen through the portal.") boolean fromPublic,
            @Schema(required = true) Instant uploadedAt,
            @Schema(nullable = true, description = "In pixels, for images.") Integer width,
            @Schema(nullable = true, description = "In pixels, for images.") Integer height,
            @Schema(required = true, description = "Whether GET …/thumbnail answers a small JPEG.") boolean hasThumbnail,
            @Schema(required = true, description = "Operations the caller may perform on it now: DELETE.")
            List<AttachmentOperation> operations) {
    }

    public enum AttachmentOperation { DELETE }

    @Schema(name = "AttachmentUploadForm", description = "multipart/form-data: the file and who may see it.")
    public static class UploadForm {
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
                required = true, description = "The file: JPEG, PNG, WebP, PDF, DOCX, XLSX or ODT.")
        public Object file;

        @Schema(description = "STAFF (default): everyone who sees the record; HANDLING: only admin and the officers "
                + "handling it; PUBLIC: also the public tracking page.")
        public Visibility visibility;
    }

    @Schema(name = "AttachmentCount")
    public record AttachmentCount(@Schema(required = true) long ownerId, @Schema(required = true) long count) {
    }
}
