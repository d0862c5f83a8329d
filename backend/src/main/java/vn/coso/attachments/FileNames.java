package vn.coso.attachments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/** File names as people wrote them (Vietnamese, NFC), made safe to store and to send back. */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    /**
     * The name without folders, control or reserved characters, in NFC (a Mac sends "ệ" decomposed), at most
     * 200 characters, with the extension of the type its content has ({@code bien-ban.exe} holding a PDF
     * becomes {@code bien-ban.pdf}).
     */
    public static String safe(String submitted, String mediaType) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"*:<>?|\\u202A-\\u202E\\u2066-\\u2069]", "_").strip();
        String extension = FileTypes.ALLOWED.get(mediaType);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        base = base.replaceAll("^[.\\s]+", "").strip();
        if (base.isEmpty()) {
            base = "tep-dinh-kem";
        }
        if (base.length() > MAX_LENGTH - extension.length() - 1) {
            base = base.substring(0, MAX_LENGTH - extension.length() - 1).strip();
        }
        String current = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean fits = current.equals(extension) || (extension.equals("jpg") && current.equals("jpeg"));
        return base + "." + (fits ? current : extension);
    }

    /**
     * RFC 6266: {@code attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded}. The fallback
     * drops the diacritics ("Biên bản họp.pdf" → "Bien ban hop.pdf") for old clients.
     */
    public static String contentDisposition(boolean inline, String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
