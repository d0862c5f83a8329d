package vn.coso.common.paging;

/**
 * How many rows a list matches: exact up to {@link #COUNT_LIMIT}, and beyond it only "at least
 * that many", so that counting never reads more than that many index entries.
 */
public record Total(long value, boolean exact) {

    /** Counting stops here; a list page then answers {@code totalIsEstimate: true}. */
    public static final long COUNT_LIMIT = 10_000;

    /** The total of a bounded count that read {@code counted} rows, at most {@code limit + 1}. */
    static Total ofBounded(long counted, long limit) {
        return counted > limit ? new Total(limit, false) : new Total(counted, true);
    }
}
