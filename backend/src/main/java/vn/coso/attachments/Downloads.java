package vn.coso.attachments;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.InputStream;

/** How a file is sent: never sniffed, downloaded unless an image or PDF is asked for inline. */
final class Downloads {

    private Downloads() {
    }

    static Response response(AttachmentService.Download download, boolean inline) {
        boolean showInline = inline && download.inlineAllowed();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        var builder = Response.ok(body, download.mediaType())
                .header("Content-Disposition", FileNames.contentDisposition(showInline, download.fileName()))
                .header("Content-Length", download.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, max-age=300");
        if (!download.mediaType().equals(FileTypes.PDF)) {
            // Nothing in an image may run or load anything, even opened directly (the browser's PDF viewer needs scripts).
            builder.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        }
        if (download.sha256() != null) {
            builder.header("ETag", "\"" + download.sha256() + "\"");
        }
        return builder.build();
    }

    static Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Visibility.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw vn.coso.common.errors.ProblemException.invalidField("visibility", "attachment.visibility.invalid", value);
        }
    }
}
