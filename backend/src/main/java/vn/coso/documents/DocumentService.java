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
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.util.List;

/** Directive documents: visible and writable in the scope of their issuing unit; numbers unique per issuer and year. */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final UnitService units;

    public DocumentService(DocumentRepository documents, UnitService units) {
        this.documents = documents;
        this.units = units;
    }

    public PageResult<DocumentResponse> list(DocumentFilter filter, PageRequest page) {
        Scope scope = units.scope();
        String unitPath = unitPathOf(filter.unitId());
        List<Document> found = documents.findInScope(filter, unitPath, scope, page.sort(DocumentRepository.SORTABLE),
                page.offset(), page.size());
        long total = documents.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(DocumentMapper::toResponse);
    }

    public DocumentResponse get(long id) {
        return DocumentMapper.toResponse(findVisible(id));
    }

    @Transactional
    public DocumentResponse create(DocumentRequest request) {
        Document document = new Document();
        apply(document, request);
        documents.persistAndFlush(document);
        return DocumentMapper.toResponse(document);
    }

    @Transactional
    public DocumentResponse update(long id, DocumentUpdateRequest request, Long ifMatchVersion) {
        Document document = findVisible(id);
        Versions.check("Document " + document.number, document.version, request.version(), ifMatchVersion);
        apply(document, request.fields());
        documents.flush();
        return DocumentMapper.toResponse(document);
    }

    @Transactional
    public void delete(long id) {
        documents.delete(findVisible(id));
    }

    /** A document the caller may see, or 404: out of scope looks exactly like not existing. */
    private Document findVisible(long id) {
        Scope scope = units.scope();
        return documents.findByIdOptional(id)
                .filter(d -> scope.contains(d.issuerUnit.path))
                .orElseThrow(() -> ProblemException.notFound("Document", id));
    }

    private void apply(Document document, DocumentRequest request) {
        long issuerId = request.issuerUnitId();
        Unit issuer = units.visible(issuerId)
                .orElseThrow(() -> ProblemException.invalid("issuerUnitId", "no unit " + issuerId + " in your scope"));
        String number = Texts.clean(request.number()).replaceAll("\\s+", " ");
        int year = request.issueDate().getYear();
        documents.findByNumber(issuer.id, year, number)
                .filter(other -> !other.id.equals(document.id))
                .ifPresent(other -> {
                    throw ProblemException.conflict("document.number.duplicate",
                            issuer.name + " already issued document " + other.number + " in " + year
                                    + " (\"" + other.title + "\").");
                });
        document.issuerUnit = issuer;
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
