package vn.coso.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page's rows and the cursor of the page after it ({@code nextCursor} of the envelope), null
 * when no row follows.
 */
public record Slice<T>(List<T> rows, String nextCursor) {

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), null);
    }

    /** The same page with other rows (the entities loaded for the ids), the cursor unchanged. */
    public <R> Slice<R> with(List<R> other) {
        return new Slice<>(other, nextCursor);
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return with(rows.stream().map(mapper).toList());
    }
}
