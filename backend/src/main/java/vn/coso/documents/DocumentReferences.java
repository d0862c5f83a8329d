package vn.coso.documents;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
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
    public Optional<Msg> describeReferencesTo(long unitId) {
        return describe(documents.countByIssuer(unitId));
    }

    @Override
    public Optional<Msg> describeReferencesToOrganization(long organizationId) {
        return describe(documents.countByIssuingPartyOrganization(organizationId));
    }

    @Override
    public Optional<Msg> describeReferencesToMember(long memberId) {
        return Optional.empty();
    }

    private static Optional<Msg> describe(long count) {
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("document.references", count));
    }
}
