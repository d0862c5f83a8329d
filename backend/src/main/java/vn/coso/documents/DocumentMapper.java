package vn.coso.documents;

import vn.coso.documents.DocumentDtos.DocumentResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

final class DocumentMapper {

    private DocumentMapper() {
    }

    static DocumentResponse toResponse(Document document) {
        Unit issuer = document.issuerUnit;
        return new DocumentResponse(document.id, new UnitRef(issuer.id, issuer.code, issuer.name, issuer.type),
                document.issuingBody, document.kind, document.number, document.issueDate, document.title,
                document.summary, document.version, document.createdAt, document.updatedAt);
    }
}
