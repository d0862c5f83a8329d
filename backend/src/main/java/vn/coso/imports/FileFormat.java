package vn.coso.imports;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats an import accepts. */
public enum FileFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    FileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a request's Content-Type (parameters such as charset ignored). */
    public static Optional<FileFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (FileFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format named by a query parameter (csv, xlsx). */
    public static Optional<FileFormat> ofName(String name) {
        for (FileFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
