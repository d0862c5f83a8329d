package vn.coso.attachments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One file of a record. The content is in the storage back end under {@link #storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_kind", nullable = false, length = 32)
    public String ownerKind;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long size;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    public String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Visibility visibility;

    /** Sent by a citizen through the portal: follows the sender-data retention rule. */
    @Column(name = "from_public", nullable = false)
    public boolean fromPublic;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "storage_key", nullable = false, length = 36, columnDefinition = "char(36)")
    public String storageKey;

    public Integer width;

    public Integer height;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "mediumblob")
    public byte[] thumbnail;
}
