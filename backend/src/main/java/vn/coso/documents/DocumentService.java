package vn.coso.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.documents.DocumentDtos.DocumentRequest;
import vn.coso.documents.DocumentDtos.DocumentResponse;
import vn.coso.documents.DocumentDtos.DocumentUpdateRequest;
import vn.coso.party.UnitOrOrganization;
import vn.coso.party.UnitOrOrganizationResolver;

import vn.coso.units.UnitService;

import java.util.List;
import java.util.Set;

/**
 * Directive documents, issued by a unit or a party organisation (through the unit it is attached
 * to). Writable in the scope of that unit; readable there and, because directives flow down, by the
 * units below it. Numbers are unique per issuer and year.
 */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final ScopeGuard guard;
    private final UnitService units;
    private final UnitOrOrganizationResolver issuers;
    private final RecordWriteRules<RecordWriteRules.Action> writes;

    public DocumentService(DocumentRepository documents, ScopeGuard guard, UnitOrOrganizationResolver issuers,
                           CurrentUser user, UnitService units) {
        this.documents = documents;
        this.units = units;
        this.guard = guard;
        this.issuers = issuers;
        this.writes = RecordWriteRules.of(user, guard, Set.of(Roles.ADMIN, Roles.OFFICER),
                "document.read-only-above");
    }

    public PageResult<DocumentResponse> list(DocumentFilter filter, PageRequest page) {
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        List<Document> found = documents.findInScope(filter, unitPath, scope, page.sort(DocumentRepository.SORTABLE),
                page.offset(), page.size());
        long total = documents.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(d -> toResponse(d));
    }

    public DocumentResponse get(long id) {
        return toResponse(findReadable(id));
    }

    @Transactional
    public DocumentResponse create(DocumentRequest request) {
        Document document = new Document();
        apply(document, request);
        documents.persistAndFlush(document);
        return toResponse(document);
    }

    @Transactional
    public DocumentResponse update(long id, DocumentUpdateRequest request, Long ifMatchVersion) {
        Document document = findWritable(id);
        Versions.check(ProblemException.record("record.document", document.number), document.version, request.version(), ifMatchVersion);
        apply(document, request.fields());
        documents.flush();
        return toResponse(document);
    }

    @Transactional
    public void delete(long id) {
        documents.delete(findWritable(id));
    }

    /**
     * A document in the caller's scope or issued above the caller's unit, or 404: out of reach looks
     * exactly like not existing.
     */
    Document findReadable(long id) {
        return documents.findByIdOptional(id)
                .filter(d -> guard.canSee(d.owningUnit().path) || guard.isAbove(d.owningUnit().path))
                .orElseThrow(() -> ProblemException.notFound("record.document", id));
    }

    /** A document in the caller's scope; one issued above it is read-only (403), others 404. */
    Document findWritable(long id) {
        Document document = findReadable(id);
        writes.require(document.owningUnit().path, RecordWriteRules.Action.UPDATE);
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
                    throw ProblemException.of(409, "document.number.duplicate", issuer.name(), other.number,
                            String.valueOf(year), other.title);
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

    private DocumentResponse toResponse(Document document) {
        return DocumentMapper.toResponse(document, guard.current(), writes.allowed(document.owningUnit().path));
    }
}
