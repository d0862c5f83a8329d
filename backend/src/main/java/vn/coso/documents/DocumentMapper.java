package vn.coso.documents;

import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.security.Scope;
import vn.coso.documents.DocumentDtos.DocumentResponse;
import vn.coso.party.UnitOrOrganization;

import java.util.List;

final class DocumentMapper {

    private DocumentMapper() {
    }

    static DocumentResponse toResponse(Document document, Scope scope, List<RecordWriteRules.Action> allowedActions) {
        UnitOrOrganization issuer = UnitOrOrganization.of(document.issuerUnit, document.issuerPartyOrganization);
        return new DocumentResponse(document.id, issuer.owningUnitRef(), issuer.organizationRef(),
                document.issuingBody, document.kind, document.number, document.issueDate, document.title,
                document.summary, !scope.contains(issuer.owningUnit().path),
                document.version, document.createdAt, document.updatedAt, allowedActions);
    }
}
