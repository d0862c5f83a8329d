package vn.coso.attachments;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The type of a file decided by its content, never by its name or the client's Content-Type: Tika's magic
 * bytes (tika-core), given no file name, so that an unknown content named {@code .jpg} stays unknown. Office
 * documents are ZIP containers: which one is read from the entries they must hold.
 */
public final class FileTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    /**
     * Allowed types and their file extension. HEIC is not among them: no Java decoder is at hand to strip its
     * metadata or draw its thumbnail, so phones' HEIC photos are refused (the portal asks for JPEG; iPhones
     * convert when sharing through a browser's file picker).
     */
    static final Map<String, String> ALLOWED = Map.of(
            JPEG, "jpg", PNG, "png", WEBP, "webp", PDF, "pdf", DOCX, "docx", XLSX, "xlsx", ODT, "odt");

    private static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {
    }

    /** The allowed type of the file, or empty when its content is of no allowed type. */
    public static Optional<String> detect(Path file) throws IOException {
        MediaType magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = MIME_TYPES.detect(in, new Metadata());
        }
        String type = magic.getBaseType().toString();
        if (ALLOWED.containsKey(type)) {
            return Optional.of(type);
        }
        if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")) {
            return officeDocument(file);
        }
        return Optional.empty();
    }

    public static boolean isImage(String type) {
        return type.startsWith("image/");
    }

    private static Optional<String> officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
