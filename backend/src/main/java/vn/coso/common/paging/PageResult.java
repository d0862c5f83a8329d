package vn.coso.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The list envelope of PRODUCT.md: {@code {"items": [...], "page": 0, "size": 20, "total": 123,
 * "totalIsEstimate": false, "hasMore": true}}. A list whose matching rows exceed
 * {@link Total#COUNT_LIMIT} stops counting there: {@code total} is then that limit and
 * {@code totalIsEstimate} is true, so that a page costs the same whatever the table's size.
 */
public record PageResult<T>(List<T> items, int page, int size, long total,
                            @Schema(description = "True when `total` is a lower bound: counting stopped at the count limit"
                                    + " (more rows match). Page on while `hasMore` is true.")
                            boolean totalIsEstimate,
                            @Schema(description = "Whether a page follows this one.")
                            boolean hasMore) {

    /** An exactly counted page. */
    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, (long) (page + 1) * size < total);
    }

    /** A page and its count, which may have stopped at {@link Total#COUNT_LIMIT}. */
    public static <T> PageResult<T> of(List<T> items, int page, int size, Total total) {
        long after = (long) (page + 1) * size;
        boolean hasMore = after < total.value() || (!total.exact() && items.size() == size);
        return new PageResult<>(items, page, size, total.value(), !total.exact(), hasMore);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalIsEstimate, hasMore);
    }
}
