package vn.coso.party;

import java.util.Optional;

/**
 * Implemented by features whose records point at party organisations or members (inspections,
 * disciplinary actions…), so that what is referenced cannot be deleted.
 */
public interface PartyOrganizationReferences {

    Optional<String> describeReferencesToOrganization(long organizationId);

    Optional<String> describeReferencesToMember(long memberId);
}
