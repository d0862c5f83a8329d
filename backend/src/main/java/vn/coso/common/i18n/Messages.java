package vn.coso.common.i18n;

import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the API writes for people, in Vietnamese (the default) or English.
 *
 * <p>Texts live in {@code src/main/resources/i18n/<area>_vi.properties} and {@code _en}, one pair
 * per area so that features do not edit one shared file: the area of a key is its first segment
 * ({@code feedback.comment.closed} → {@code i18n/feedback_vi.properties}); keys whose area has no
 * file of its own are looked up in {@code i18n/common}. A problem's bundle key is its stable
 * {@code code}. Arguments use {@link MessageFormat} ({@code {0}}); numbers given as arguments are
 * written in the reader's convention, so pass text for codes and ids ({@code String.valueOf(id)}).
 */
@ApplicationScoped
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private static final String COMMON_AREA = "common";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String text(Locale locale, Msg message) {
        return text(locale, message.key(), message.args());
    }

    /** The text of a key in this language; the key itself when no bundle has it (never an exception). */
    public String text(Locale locale, String key, Object... args) {
        Locale language = supported(locale);
        String pattern = pattern(language, key);
        if (pattern == null) {
            return key;
        }
        return args == null || args.length == 0 ? pattern.replace("''", "'")
                : new MessageFormat(pattern, language).format(rendered(language, args));
    }

    /** Arguments that are messages themselves (a record's name, a list of references) in the same language. */
    private Object[] rendered(Locale language, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Msg nested) {
                out[i] = text(language, nested);
            } else if (out[i] instanceof java.time.LocalDate day) {
                out[i] = day.format(ENGLISH.equals(language) ? java.time.format.DateTimeFormatter.ISO_LOCAL_DATE
                        : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            } else if (out[i] instanceof Enum<?> constant) {
                out[i] = enumLabel(language, constant);
            }
        }
        return out;
    }

    /**
     * An enum constant as people read it: {@code enum.<SimpleName>.<CONSTANT>} from the bundles when
     * one is there, else its name (codes like {@code COMMUNE} stay readable to officers who use them).
     */
    public String enumLabel(Locale locale, Enum<?> constant) {
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        String found = pattern(supported(locale), key);
        return found != null ? found : constant.name();
    }

    /** Whether a bundle has this key, in Vietnamese (every key must exist in both languages). */
    public boolean has(String key) {
        return pattern(VIETNAMESE, key) != null;
    }

    private static String pattern(Locale language, String key) {
        String area = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        String found = lookup("i18n/" + area, language, key);
        return found != null ? found : lookup("i18n/" + COMMON_AREA, language, key);
    }

    private static String lookup(String baseName, Locale language, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, language, Messages.class.getClassLoader(),
                    NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Vietnamese unless the caller asked for English. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
