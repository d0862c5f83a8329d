package vn.coso.units;

/** The kinds of event in a unit's lineage. */
public enum LineageKind {
    /** A unit came into being (from no unit, or from the units that merged into it). */
    ESTABLISHED,
    /** The whole unit went into another unit (it closes). */
    MERGED_INTO,
    /** A unit that lives on gave part of its territory to a new unit. */
    SPLIT_FROM,
    /** The unit was divided between several units (it closes); one is its primary successor. */
    DIVIDED_INTO,
    /** The unit's name changed; same unit. */
    RENAMED,
    /** The unit's type changed (xã became phường); same unit. */
    RETYPED,
    /** The unit was placed under another parent; same unit. */
    MOVED,
    /** The unit was dissolved without being merged; its units went to the named unit or the province. */
    DISSOLVED
}
