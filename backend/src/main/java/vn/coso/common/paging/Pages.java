package vn.coso.common.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helpers of the deferred join: a list first chooses its page's ids on the indexes alone
 * ({@link Conditions#pageKeys}), then loads only those rows with their relations; the load comes
 * back in any order, {@link #inOrderOf} restores the page's.
 */
public final class Pages {

    private Pages() {
    }

    /** The rows in the order of {@code ids} (a row whose id is missing is skipped). */
    public static <T> List<T> inOrderOf(List<Long> ids, List<T> rows, Function<? super T, Long> idOf) {
        Map<Long, T> byId = new HashMap<>();
        rows.forEach(row -> byId.put(idOf.apply(row), row));
        List<T> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }
}
