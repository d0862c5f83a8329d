package vn.coso.documents;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.coso.attachments.AttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A directive document's signed text. Read downward like the document; changed by its issuer's officers only. */
@Singleton
class DocumentAttachments {

    @Produces
    @Singleton
    AttachmentOwner signedTexts(DocumentService documents, CurrentUser user) {
        return RecordAttachments.of("document", "document", Set.of(Roles.ADMIN, Roles.OFFICER), user,
                documents::findReadable, id -> {
                    try {
                        documents.findWritable(id);
                        return true;
                    } catch (ProblemException e) {
                        return false;
                    }
                });
    }
}
