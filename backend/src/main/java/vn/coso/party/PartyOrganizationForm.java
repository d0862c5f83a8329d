package vn.coso.party;

/** A party organisation with subordinate organisations, or a cell, which has none. */
public enum PartyOrganizationForm {
    /** đảng bộ */
    COMMITTEE,
    /** chi bộ */
    CELL
}
