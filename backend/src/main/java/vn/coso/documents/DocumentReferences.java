package vn.coso.documents;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.party.PartyOrganizationReferences;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit or party organisation that issued directive documents cannot be deleted: the figures of past years need it. */
@ApplicationScoped
public class DocumentReferences implements UnitReferences, PartyOrganizationReferences {

    private final DocumentRepository documents;

    public DocumentReferences(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Optional<String> describeReferencesTo(long unitId) {
        return describe(documents.countByIssuer(unitId));
    }

    @Override
    public Optional<String> describeReferencesToOrganization(long organizationId) {
        return describe(documents.countByIssuingPartyOrganization(organizationId));
    }

    @Override
    public Optional<String> describeReferencesToMember(long memberId) {
        return Optional.empty();
    }

    private static Optional<String> describe(long count) {
        return count == 0 ? Optional.empty() : Optional.of(count + " directive document(s) it issued");
    }
}
