package vn.coso.common.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text exists in both languages: each area's {@code _vi} and {@code _en} bundles (and the
 * Bean Validation bundles) have the same keys, their patterns parse, and every key the code names
 * literally is in a bundle.
 */
class BundleKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");

    /** Calls whose string literal argument is a bundle key. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("Msg\\.of\\(\\s*\"([^\"]+)\""),
            Pattern.compile("ProblemException\\.of\\(\\s*\\d+,\\s*\"([^\"]+)\""),
            Pattern.compile("invalidField\\([^,()]+(?:\\([^()]*\\))?,\\s*\"([^\"]+)\""),
            Pattern.compile("ProblemException\\.(?:forbidden|notFound|record)\\(\\s*\"([^\"]+)\""),
            Pattern.compile("QueryParams\\.invalid\\([^,]+,\\s*\"([^\"]+)\""),
            Pattern.compile("\\binvalid\\(name,\\s*\"([^\"]+)\""),
            Pattern.compile("(?<![\\w.])text\\(\\s*\"([^\"]+)\""),
            Pattern.compile("texts\\.text\\(\\s*\"([^\"]+)\""),
            Pattern.compile("messages\\.text\\([^,]+,\\s*\"([^\"]+)\""));
    private static final Pattern VALIDATION_TEMPLATE = Pattern.compile("\"\\{(coso\\.validation\\.[^}]+)}\"");

    @Test
    void everyAreaHasTheSameKeysInVietnameseAndEnglish() throws IOException {
        List<Path> vietnamese;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            vietnamese = files.filter(f -> f.getFileName().toString().endsWith("_vi.properties")).sorted().toList();
        }
        assertTrue(vietnamese.size() > 10, "expected a bundle per area, found " + vietnamese);
        for (Path vi : vietnamese) {
            Path en = vi.resolveSibling(vi.getFileName().toString().replace("_vi.properties", "_en.properties"));
            assertTrue(Files.exists(en), en + " is missing");
            assertEquals(load(vi).stringPropertyNames(), load(en).stringPropertyNames(),
                    "the keys of " + vi.getFileName() + " and " + en.getFileName() + " differ");
            checkPatterns(vi, Messages.VIETNAMESE);
            checkPatterns(en, Messages.ENGLISH);
        }
    }

    @Test
    void beanValidationMessagesExistInBothLanguages() throws IOException {
        Set<String> vi = load(RESOURCES.resolve("ValidationMessages_vi.properties")).stringPropertyNames();
        assertEquals(vi, load(RESOURCES.resolve("ValidationMessages_en.properties")).stringPropertyNames());
        assertEquals(vi, load(RESOURCES.resolve("ValidationMessages.properties")).stringPropertyNames());
        for (String used : matches(List.of(VALIDATION_TEMPLATE))) {
            assertTrue(vi.contains(used), "ValidationMessages has no " + used);
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInABundle() throws IOException {
        Messages messages = new Messages();
        List<String> missing = new ArrayList<>();
        for (String key : matches(KEY_USES)) {
            if (!messages.has(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "keys used in the code but in no bundle: " + missing);
    }

    private static Set<String> matches(List<Pattern> patterns) throws IOException {
        Set<String> found = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    // A key ends with a letter; "feedback.action." + verb is completed at run time.
                    if (!m.group(1).endsWith(".")) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    private static void checkPatterns(Path bundle, Locale locale) throws IOException {
        Properties texts = load(bundle);
        for (String key : texts.stringPropertyNames()) {
            try {
                new MessageFormat(texts.getProperty(key), locale);
            } catch (IllegalArgumentException e) {
                throw new AssertionError(bundle.getFileName() + ": " + key + " is not a MessageFormat pattern", e);
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
