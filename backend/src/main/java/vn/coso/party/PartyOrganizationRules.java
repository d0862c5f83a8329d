package vn.coso.party;

import vn.coso.common.i18n.Msg;

import java.util.Collection;
import java.util.Optional;

/**
 * The rules of the party organisation tree that do not need the database, shared by
 * {@link PartyOrganizationService} and the spreadsheet import. Each check answers what is wrong, or
 * empty.
 */
public final class PartyOrganizationRules {

    public static final String PROVINCIAL_FOR_ADMINS_ONLY = "Only the secretariat manages the provincial party organisation.";
    public static final String CYCLE = "An organisation cannot be placed under itself or under one of its own organisations.";

    private PartyOrganizationRules() {
    }

    /** The provincial and directly subordinate organisations are committees (đảng bộ), never cells. */
    public static Optional<String> formProblem(PartyOrganizationLevel level, PartyOrganizationForm form) {
        boolean mustBeCommittee = level == PartyOrganizationLevel.PROVINCIAL
                || level == PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
        return mustBeCommittee && form != PartyOrganizationForm.COMMITTEE
                ? Optional.of("a " + level + " organisation is a party committee (COMMITTEE)") : Optional.empty();
    }

    /** The provincial organisation has no superior; every other one has one. */
    public static Optional<String> parentPresenceProblem(PartyOrganizationLevel level, boolean hasParent) {
        if (level == PartyOrganizationLevel.PROVINCIAL) {
            return hasParent ? Optional.of("the provincial organisation has no superior") : Optional.empty();
        }
        return hasParent ? Optional.empty() : Optional.of("is required for a " + level + " organisation");
    }

    /** Whether an organisation of {@code level} may stand under a superior of that level and form. */
    public static Optional<String> placementProblem(PartyOrganizationLevel level, PartyOrganizationLevel parentLevel,
                                                    PartyOrganizationForm parentForm) {
        if (parentForm == PartyOrganizationForm.CELL) {
            return Optional.of("a cell (chi bộ) has no organisations under it");
        }
        return level.allowedParents().contains(parentLevel) ? Optional.empty()
                : Optional.of("a " + level + " organisation cannot stand under a " + parentLevel + " one");
    }

    /** An organisation whose level or form changes must still fit the organisations under it. */
    public static Optional<String> childrenProblem(String name, PartyOrganizationLevel level, PartyOrganizationForm form,
                                                   Collection<PartyOrganizationLevel> childLevels) {
        if (!childLevels.isEmpty() && form == PartyOrganizationForm.CELL) {
            return Optional.of(name + " has organisations under it, so it cannot become a cell.");
        }
        for (PartyOrganizationLevel childLevel : childLevels) {
            if (!childLevel.allowedParents().contains(level)) {
                return Optional.of(name + " has a " + childLevel + " organisation under it, which cannot stand under a "
                        + level + " one.");
            }
        }
        return Optional.empty();
    }
}
