package vn.coso.common.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person's search text as a MariaDB boolean-mode full-text query: each word long enough to be in
 * the index must start a word of the record ({@code "Nguyễn Văn Hùng"} → {@code +nguyễn* +văn* +hùng*}).
 * Words shorter than the server's {@code innodb_ft_min_token_size} (3 by default; many Vietnamese
 * syllables have one or two letters) are not in the index, so they are left to the LIKE that
 * always accompanies the full-text condition ({@link vn.coso.common.paging.Conditions#containsWords}).
 */
public final class FullTextWords {

    /** InnoDB's default; {@link FullTextSettings} reads the server's own value at start. */
    static volatile int minWordLength = 3;

    private FullTextWords() {
    }

    /** The boolean-mode query, or empty when no word of the text is long enough to be indexed. */
    public static Optional<String> query(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> required = new ArrayList<>();
        // The boolean mode's operators and anything else that is not part of a word separate words.
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.codePointCount(0, word.length()) >= minWordLength) {
                required.add("+" + word + "*");
            }
        }
        return required.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", required));
    }
}
