package vn.coso.party;

import vn.coso.common.i18n.Msg;

import java.util.Optional;

/**
 * Implemented by features whose records point at party organisations or members (inspections,
 * disciplinary actions…), so that what is referenced cannot be deleted.
 */
public interface PartyOrganizationReferences {

    Optional<Msg> describeReferencesToOrganization(long organizationId);

    Optional<Msg> describeReferencesToMember(long memberId);
}
