package vn.coso.documents;

import jakarta.inject.Singleton;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A directive document's signed text. Read downward like the document; changed by its issuer's officers only. */
@Singleton
class DocumentAttachments extends RecordAttachments {

    private final DocumentService documents;

    DocumentAttachments(DocumentService documents, CurrentUser user) {
        super("document", "document", Set.of(Roles.ADMIN, Roles.OFFICER), user);
        this.documents = documents;
    }

    @Override
    protected void findVisible(long id) {
        documents.findReadable(id);
    }

    @Override
    protected boolean writable(long id) {
        try {
            documents.findWritable(id);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
