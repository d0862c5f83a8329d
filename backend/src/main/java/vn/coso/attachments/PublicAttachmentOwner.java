package vn.coso.attachments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records the public reaches by a tracking code (a feedback on the portal): which of their files the
 * public may read, and where a citizen's upload goes. Implemented in the feature's package.
 */
public interface PublicAttachmentOwner {

    /** The path segment after /api/v1/public/: {@code feedback}. */
    String path();

    /** The record of a tracking code, or empty (404). */
    Optional<PublicRecord> find(String trackingCode);

    /** A file owner: (kind, id). */
    record OwnerRef(String kind, long id) {
    }

    /**
     * @param readable    owners whose PUBLIC files the public may list and download now
     * @param uploadTo    where a citizen's files go, or null when it takes none
     * @param receivedAt  when the record was sent: uploads are accepted for a while after it
     * @param acceptsUploads whether the record's state still takes the sender's files
     */
    record PublicRecord(List<OwnerRef> readable, OwnerRef uploadTo, Instant receivedAt, boolean acceptsUploads) {
    }
}
