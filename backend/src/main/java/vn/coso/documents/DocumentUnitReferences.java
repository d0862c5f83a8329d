package vn.coso.documents;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that issued directive documents cannot be deleted: the figures of past years need it. */
@ApplicationScoped
public class DocumentUnitReferences implements UnitReferences {

    private final DocumentRepository documents;

    public DocumentUnitReferences(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Optional<String> describeReferencesTo(long unitId) {
        long count = documents.countByIssuer(unitId);
        return count == 0 ? Optional.empty() : Optional.of(count + " directive document(s) it issued");
    }
}
