package vn.coso.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.Scope;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.documents.DocumentDtos.DocumentRequest;
import vn.coso.documents.DocumentDtos.DocumentResponse;
import vn.coso.documents.DocumentDtos.DocumentUpdateRequest;
import vn.coso.party.UnitOrOrganization;
import vn.coso.party.UnitOrOrganizationResolver;
import vn.coso.units.UnitService;

import java.util.List;

/**
 * Directive documents, issued by a unit or a party organisation (through the unit it is attached
 * to). Writable in the scope of that unit; readable there and, because directives flow down, by the
 * units below it. Numbers are unique per issuer and year.
 */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final UnitService units;
    private final UnitOrOrganizationResolver issuers;

    public DocumentService(DocumentRepository documents, UnitService units, UnitOrOrganizationResolver issuers) {
        this.documents = documents;
        this.units = units;
        this.issuers = issuers;
    }

    public PageResult<DocumentResponse> list(DocumentFilter filter, PageRequest page) {
        Scope scope = units.scope();
        String unitPath = unitPathOf(filter.unitId());
        List<Document> found = documents.findInScope(filter, unitPath, scope, page.sort(DocumentRepository.SORTABLE),
                page.offset(), page.size());
        long total = documents.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(d -> DocumentMapper.toResponse(d, scope));
    }

    public DocumentResponse get(long id) {
        return DocumentMapper.toResponse(findReadable(id), units.scope());
    }

    @Transactional
    public DocumentResponse create(DocumentRequest request) {
        Document document = new Document();
        apply(document, request);
        documents.persistAndFlush(document);
        return DocumentMapper.toResponse(document, units.scope());
    }

    @Transactional
    public DocumentResponse update(long id, DocumentUpdateRequest request, Long ifMatchVersion) {
        Document document = findWritable(id);
        Versions.check("Document " + document.number, document.version, request.version(), ifMatchVersion);
        apply(document, request.fields());
        documents.flush();
        return DocumentMapper.toResponse(document, units.scope());
    }

    @Transactional
    public void delete(long id) {
        documents.delete(findWritable(id));
    }

    /**
     * A document in the caller's scope or issued above the caller's unit, or 404: out of reach looks
     * exactly like not existing.
     */
    private Document findReadable(long id) {
        Scope scope = units.scope();
        return documents.findByIdOptional(id)
                .filter(d -> scope.contains(d.owningUnit().path) || scope.liesBelow(d.owningUnit().path))
                .orElseThrow(() -> ProblemException.notFound("Document", id));
    }

    /** A document in the caller's scope; one issued above it is read-only (403), others 404. */
    private Document findWritable(long id) {
        Document document = findReadable(id);
        if (!units.scope().contains(document.owningUnit().path)) {
            throw ProblemException.forbidden("Document " + document.number + " was issued above your unit: you may read it, "
                    + "only its issuer's officers may change it.");
        }
        return document;
    }

    private void apply(Document document, DocumentRequest request) {
        UnitOrOrganization issuer = issuers.resolve("issuerUnitId", request.issuerUnitId(),
                "issuerPartyOrganizationId", request.issuerPartyOrganizationId());
        String number = Texts.clean(request.number()).replaceAll("\\s+", " ");
        int year = request.issueDate().getYear();
        documents.findByNumber(issuer, year, number)
                .filter(other -> !other.id.equals(document.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict("document.number.duplicate",
                            issuer.name() + " already issued document " + other.number + " in " + year
                                    + " (\"" + other.title + "\").");
                });
        units.requireExistingOn(issuer.unit(), request.issueDate(), "issueDate");
        document.issuerUnit = issuer.unit();
        document.issuerPartyOrganization = issuer.organization();
        document.issuingBody = Texts.clean(request.issuingBody());
        document.kind = request.kind();
        document.number = number;
        document.issueDate = request.issueDate();
        document.title = Texts.clean(request.title());
        document.summary = Texts.clean(request.summary());
    }

    /** The subtree of a unitId filter; a unit out of scope answers 404, as everywhere. */
    private String unitPathOf(Long unitId) {
        return unitId == null ? null : units.findVisible(unitId).path;
    }
}
