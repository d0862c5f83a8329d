package vn.coso.common.paging;

import java.util.List;
import java.util.function.Function;

/** The list envelope of PRODUCT.md: {@code {"items": [...], "page": 0, "size": 20, "total": 123}}. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
