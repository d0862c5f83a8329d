package vn.coso.attachments;

import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.errors.Problem;
import vn.coso.common.i18n.Messages;
import vn.coso.common.web.BodyLimits;
import vn.coso.common.web.LargeBodyRoute;

import java.util.Locale;
import java.util.regex.Pattern;

/** The upload operations take a file of up to {@code coso.attachments.max-file-size} plus the form around it. */
@ApplicationScoped
class AttachmentUploadRoute implements LargeBodyRoute {

    /** Boundaries, part headers and the visibility field of a multipart form. */
    static final long FORM_OVERHEAD = 64 * 1024;
    private static final Pattern STAFF_UPLOAD = Pattern.compile("^/api/v1/attachments/[a-z-]+/\\d+$");
    private static final Pattern PUBLIC_UPLOAD = Pattern.compile("^/api/v1/public/[a-z-]+/[^/]+/attachments$");

    private final long maxFileSize;
    private final Messages messages;

    AttachmentUploadRoute(AttachmentConfig config, Messages messages) {
        this.maxFileSize = config.maxFileSize().asLongValue();
        this.messages = messages;
    }

    @Override
    public long limitOf(HttpMethod method, String path) {
        if (method != HttpMethod.POST || path == null) {
            return -1;
        }
        return STAFF_UPLOAD.matcher(path).matches() || PUBLIC_UPLOAD.matcher(path).matches()
                ? maxFileSize + FORM_OVERHEAD : -1;
    }

    @Override
    public Problem tooLarge(long limit, Locale locale) {
        return Problem.of(413, "attachment.file.too-large", messages.text(locale, "title.413"),
                messages.text(locale, "attachment.file.too-large", BodyLimits.megabytes(maxFileSize)));
    }
}
