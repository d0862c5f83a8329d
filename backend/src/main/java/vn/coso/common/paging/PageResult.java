package vn.coso.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The list envelope of PRODUCT.md: {@code {"items": [...], "page": 0, "size": 20, "total": 123,
 * "totalIsEstimate": false, "hasMore": true, "nextCursor": "…"}}. A list whose matching rows exceed
 * {@link Total#COUNT_LIMIT} stops counting there: {@code total} is then that limit and
 * {@code totalIsEstimate} is true, so that a page costs the same whatever the table's size. A list
 * that offers keyset paging ({@link PageRequest#window}) gives the cursor of the next page.
 */
public record PageResult<T>(List<T> items,
                            @Schema(description = "The page number; 0 when the page was asked with `after`.")
                            int page,
                            int size,
                            @Schema(description = "How many rows match the filters: all of them, also when the page was"
                                    + " asked with `after` (not only those after the cursor).")
                            long total,
                            @Schema(description = "True when `total` is a lower bound: counting stopped at the count limit"
                                    + " (more rows match). Page on while `hasMore` is true.")
                            boolean totalIsEstimate,
                            @Schema(description = "Whether a page follows this one.")
                            boolean hasMore,
                            @Schema(nullable = true, description = "Keyset paging: pass it as `after` (with the same `sort`"
                                    + " and filters) for the rows that follow this page's last row. Null on the last page,"
                                    + " and on lists that do not take `after`.")
                            String nextCursor) {

    /** An exactly counted page of a list paged by number. */
    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, (long) (page + 1) * size < total, null);
    }

    /** A page of a list paged by number and its count, which may have stopped at {@link Total#COUNT_LIMIT}. */
    public static <T> PageResult<T> of(List<T> items, int page, int size, Total total) {
        long after = (long) (page + 1) * size;
        boolean hasMore = after < total.value() || (!total.exact() && items.size() == size);
        return new PageResult<>(items, page, size, total.value(), !total.exact(), hasMore, null);
    }

    /** A page of a list that offers keyset paging: whether another follows is known from the page itself. */
    public static <T> PageResult<T> of(Slice<T> slice, PageWindow window, Total total) {
        return new PageResult<>(slice.rows(), window.page(), window.size(), total.value(), !total.exact(),
                slice.nextCursor() != null, slice.nextCursor());
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalIsEstimate, hasMore, nextCursor);
    }
}
