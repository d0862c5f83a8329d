package vn.coso.party;

import vn.coso.common.i18n.Msg;

import java.util.Collection;
import java.util.Optional;

/**
 * The rules of the party organisation tree that do not need the database, shared by
 * {@link PartyOrganizationService} and the spreadsheet import. Each check answers what is wrong, or
 * empty: a message of the {@code party-organization} bundles, written in the reader's language.
 */
public final class PartyOrganizationRules {

    /** The bundle key: only the secretariat (admin) manages the provincial organisation. */
    public static final String PROVINCIAL_FOR_ADMINS_ONLY = "party-organization.provincial.admins-only";
    /** The bundle key (and the problem's code): placed under itself or one of its own organisations. */
    public static final String CYCLE = "party-organization.parent.cycle";

    private PartyOrganizationRules() {
    }

    /** The provincial and directly subordinate organisations are committees (đảng bộ), never cells. */
    public static Optional<Msg> formProblem(PartyOrganizationLevel level, PartyOrganizationForm form) {
        boolean mustBeCommittee = level == PartyOrganizationLevel.PROVINCIAL
                || level == PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
        return mustBeCommittee && form != PartyOrganizationForm.COMMITTEE
                ? Optional.of(Msg.of("party-organization.form.committee", level)) : Optional.empty();
    }

    /** The provincial organisation has no superior; every other one has one. */
    public static Optional<Msg> parentPresenceProblem(PartyOrganizationLevel level, boolean hasParent) {
        if (level == PartyOrganizationLevel.PROVINCIAL) {
            return hasParent ? Optional.of(Msg.of("party-organization.parent.provincial")) : Optional.empty();
        }
        return hasParent ? Optional.empty() : Optional.of(Msg.of("party-organization.parent.required", level));
    }

    /** Whether an organisation of {@code level} may stand under a superior of that level and form. */
    public static Optional<Msg> placementProblem(PartyOrganizationLevel level, PartyOrganizationLevel parentLevel,
                                                    PartyOrganizationForm parentForm) {
        if (parentForm == PartyOrganizationForm.CELL) {
            return Optional.of(Msg.of("party-organization.parent.cell"));
        }
        return level.allowedParents().contains(parentLevel) ? Optional.empty()
                : Optional.of(Msg.of("party-organization.parent.placement", level, parentLevel));
    }

    /** An organisation whose level or form changes must still fit the organisations under it. */
    public static Optional<Msg> childrenProblem(String name, PartyOrganizationLevel level, PartyOrganizationForm form,
                                                   Collection<PartyOrganizationLevel> childLevels) {
        if (!childLevels.isEmpty() && form == PartyOrganizationForm.CELL) {
            return Optional.of(Msg.of("party-organization.children.cell", name));
        }
        for (PartyOrganizationLevel childLevel : childLevels) {
            if (!childLevel.allowedParents().contains(level)) {
                return Optional.of(Msg.of("party-organization.children-incompatible", name, childLevel, level));
            }
        }
        return Optional.empty();
    }
}
