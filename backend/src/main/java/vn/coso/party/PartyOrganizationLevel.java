package vn.coso.party;

import java.util.EnumSet;
import java.util.Set;

/** Where a party organisation stands in the party's tree. */
public enum PartyOrganizationLevel {
    /** Đảng bộ tỉnh */
    PROVINCIAL,
    /** Đảng bộ trực thuộc Tỉnh ủy (of a district-level unit, a bloc of agencies or enterprises…) */
    DIRECTLY_SUBORDINATE,
    /** Đảng bộ cơ sở, chi bộ cơ sở */
    GRASSROOTS,
    /** Đảng bộ bộ phận, chi bộ trực thuộc */
    BELOW_GRASSROOTS;

    public Set<PartyOrganizationLevel> allowedParents() {
        return switch (this) {
            case PROVINCIAL -> EnumSet.noneOf(PartyOrganizationLevel.class);
            case DIRECTLY_SUBORDINATE -> EnumSet.of(PROVINCIAL);
            case GRASSROOTS -> EnumSet.of(PROVINCIAL, DIRECTLY_SUBORDINATE);
            case BELOW_GRASSROOTS -> EnumSet.of(GRASSROOTS, BELOW_GRASSROOTS);
        };
    }
}
