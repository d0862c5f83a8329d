package vn.coso.attachments;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.coso.attachments.AttachmentDtos.AttachmentCount;
import vn.coso.attachments.AttachmentDtos.AttachmentOperation;
import vn.coso.attachments.AttachmentDtos.AttachmentResponse;
import vn.coso.attachments.AttachmentOwner.OwnerRecord;
import vn.coso.attachments.PublicAttachmentOwner.OwnerRef;
import vn.coso.attachments.PublicAttachmentOwner.PublicRecord;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.web.BodyLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Files of records: the owner (a feature's {@link AttachmentOwner}) decides scope and roles, this service the
 * files. An upload is checked on disk before anything is written: size, type by content, metadata stripped
 * (images), pixel count, malware scan; only then the row and the content are stored, in one transaction.
 */
@ApplicationScoped
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);
    private static final Set<Visibility> ALL = EnumSet.allOf(Visibility.class);
    private static final Set<Visibility> NOT_HANDLING = EnumSet.of(Visibility.STAFF, Visibility.PUBLIC);

    private final Map<String, AttachmentOwner> owners = new LinkedHashMap<>();
    private final Map<String, PublicAttachmentOwner> publicOwners = new LinkedHashMap<>();
    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final AttachmentConfig config;
    private final CurrentUser user;
    private final ClamdScanner scanner;
    private final Path workDirectory;

    public AttachmentService(Instance<AttachmentOwner> owners, Instance<PublicAttachmentOwner> publicOwners,
                             AttachmentRepository attachments, AttachmentConfig config, CurrentUser user,
                             AgroalDataSource dataSource) {
        owners.forEach(owner -> this.owners.put(owner.kind(), owner));
        publicOwners.forEach(owner -> this.publicOwners.put(owner.path(), owner));
        this.attachments = attachments;
        this.config = config;
        this.user = user;
        this.workDirectory = config.workDirectory().orElse(Path.of(System.getProperty("java.io.tmpdir")));
        this.storage = switch (config.storage()) {
            case DATABASE -> new DatabaseStorage(dataSource, (int) config.chunkSize().asLongValue());
            case FILESYSTEM -> new FilesystemStorage(config.directory().orElseThrow(() -> new IllegalStateException(
                    "coso.attachments.storage=filesystem needs coso.attachments.directory")), this::knownKeys);
        };
        this.scanner = config.clamd().host()
                .map(host -> new ClamdScanner(host, config.clamd().port(), config.clamd().timeout())).orElse(null);
    }

    /** A file to send: headers and a stream to copy once. */
    public record Download(String fileName, String mediaType, long size, String sha256, boolean inlineAllowed,
                           InputStream content) {
    }

    /** An upload's answer: the file, and whether it is new (201) or the same content already there (200). */
    public record Upload(AttachmentResponse attachment, boolean created) {
    }

    // --- staff --------------------------------------------------------------------------------------

    public PageResult<AttachmentResponse> list(String kind, long ownerId) {
        OwnerRecord owner = findOwner(kind, ownerId);
        Set<Visibility> visible = visibleTo(owner);
        List<AttachmentResponse> items = QuarkusTransaction.requiringNew().call(() ->
                attachments.ofOwner(kind, ownerId).stream().filter(a -> visible.contains(a.visibility))
                        .map(a -> toResponse(a, owner.writable())).toList());
        return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    public List<AttachmentCount> counts(String kind, Collection<Long> ownerIds) {
        AttachmentOwner type = owner(kind);
        Map<Long, OwnerRecord> visible = new LinkedHashMap<>();
        for (Long id : ownerIds) {
            try {
                visible.put(id, QuarkusTransaction.requiringNew().call(() -> type.find(id)));
            } catch (ProblemException e) {
                if (e.status() != 404) {
                    throw e;
                }
            }
        }
        boolean handlingAll = visible.values().stream().allMatch(OwnerRecord::handling);
        Map<Long, Long> all = QuarkusTransaction.requiringNew().call(() ->
                attachments.countsOf(kind, visible.keySet(), ALL));
        Map<Long, Long> notHandling = handlingAll ? all : QuarkusTransaction.requiringNew().call(() ->
                attachments.countsOf(kind, visible.keySet(), NOT_HANDLING));
        return visible.values().stream().map(o -> new AttachmentCount(o.id(),
                (o.handling() ? all : notHandling).getOrDefault(o.id(), 0L))).toList();
    }

    public Upload upload(String kind, long ownerId, FileUpload file, Visibility visibility) {
        OwnerRecord owner = findOwner(kind, ownerId);
        if (!owner.writable()) {
            throw ProblemException.of(403, "attachment.not-writable");
        }
        return store(kind, ownerId, file, visibility == null ? Visibility.STAFF : visibility, false, Integer.MAX_VALUE);
    }

    public Download download(String kind, long ownerId, long id, boolean thumbnail) {
        OwnerRecord owner = findOwner(kind, ownerId);
        Attachment attachment = QuarkusTransaction.requiringNew().call(() -> attachments.ofOwner(kind, ownerId, id)
                        .filter(a -> visibleTo(owner).contains(a.visibility)).map(this::detached))
                .orElseThrow(() -> notFound(id));
        return open(attachment, thumbnail);
    }

    public void delete(String kind, long ownerId, long id) {
        OwnerRecord owner = findOwner(kind, ownerId);
        String key = QuarkusTransaction.requiringNew().call(() -> {
            Attachment attachment = attachments.ofOwner(kind, ownerId, id)
                    .filter(a -> visibleTo(owner).contains(a.visibility)).orElseThrow(() -> notFound(id));
            if (!owner.writable()) {
                throw ProblemException.of(403, "attachment.not-writable");
            }
            attachments.delete(attachment);
            return attachment.storageKey;
        });
        deleteContent(key);
    }

    // --- public, by tracking code ---------------------------------------------------------------------

    public List<AttachmentResponse> publicList(String path, String trackingCode) {
        PublicRecord record = publicRecord(path, trackingCode);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AttachmentResponse> items = new ArrayList<>();
            for (OwnerRef ref : record.readable()) {
                attachments.ofOwner(ref.kind(), ref.id()).stream().filter(a -> a.visibility == Visibility.PUBLIC)
                        .map(a -> toResponse(a, false)).forEach(items::add);
            }
            return items;
        });
    }

    public Upload publicUpload(String path, String trackingCode, FileUpload file, Visibility visibility) {
        PublicRecord record = publicRecord(path, trackingCode);
        if (record.uploadTo() == null || !record.acceptsUploads()
                || record.receivedAt().plus(config.publicUploadWindow()).isBefore(Instant.now())) {
            throw ProblemException.of(409, "attachment.public.closed");
        }
        return store(record.uploadTo().kind(), record.uploadTo().id(), file,
                visibility == null ? Visibility.STAFF : visibility, true, config.maxPublicFiles());
    }

    public Download publicDownload(String path, String trackingCode, long id, boolean thumbnail) {
        PublicRecord record = publicRecord(path, trackingCode);
        Attachment attachment = QuarkusTransaction.requiringNew().call(() -> record.readable().stream()
                        .flatMap(ref -> attachments.ofOwner(ref.kind(), ref.id(), id).stream())
                        .filter(a -> a.visibility == Visibility.PUBLIC).findFirst().map(this::detached))
                .orElseThrow(() -> notFound(id));
        return open(attachment, thumbnail);
    }

    // --- retention and sweeps -------------------------------------------------------------------------

    /**
     * Deletes the files a citizen sent with records the owner's SQL names (the sender-data retention rule),
     * except those the citizen made public. One statement; their content goes with the next sweep.
     */
    public int deleteSenderFiles(String kind, String ownerIdsSql, Object... parameters) {
        var query = attachments.getEntityManager().createNativeQuery("DELETE FROM attachment WHERE owner_kind = ?1"
                + " AND from_public AND visibility <> 'PUBLIC' AND owner_id IN (" + ownerIdsSql + ")");
        query.setParameter(1, kind);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** Rows whose owner record is gone, then content no row names: idempotent, safe on several instances. */
    public int sweepOrphans() {
        int rows = 0;
        for (AttachmentOwner owner : owners.values()) {
            rows += QuarkusTransaction.requiringNew().call(() -> attachments.getEntityManager().createNativeQuery(
                            "DELETE FROM attachment WHERE owner_kind = ?1 AND NOT EXISTS (SELECT 1 FROM "
                                    + owner.table() + " o WHERE o.id = attachment.owner_id)")
                    .setParameter(1, owner.kind()).executeUpdate());
        }
        int content = QuarkusTransaction.requiringNew().call(storage::sweepOrphans);
        if (rows + content > 0) {
            LOG.infof("Attachment sweep: %d files of deleted records, %d orphan contents", rows, content);
        }
        return rows + content;
    }

    // --- the upload pipeline --------------------------------------------------------------------------

    private Upload store(String kind, long ownerId, FileUpload file, Visibility visibility, boolean fromPublic,
                         int maxFilesFromPublic) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "attachment.file.missing");
        }
        long maxFileSize = config.maxFileSize().asLongValue();
        if (file.size() > maxFileSize) {
            throw ProblemException.of(413, "attachment.file.too-large", BodyLimits.megabytes(maxFileSize));
        }
        if (file.size() == 0) {
            throw ProblemException.invalidField("file", "attachment.file.empty");
        }
        Path received = file.uploadedFile();
        Path cleaned = null;
        try {
            // What was received is scanned, before anything reads it further.
            scan(received);
            String type = FileTypes.detect(received)
                    .orElseThrow(() -> ProblemException.of(422, "attachment.type.not-allowed"));
            Path content = received;
            Thumbnails.Dimensions dimensions = null;
            byte[] thumbnail = null;
            if (FileTypes.isImage(type)) {
                cleaned = Files.createTempFile(workDirectory, "coso-attachment-", ".img");
                ImageMetadataStripper.strip(type, received, cleaned);
                content = cleaned;
                dimensions = Thumbnails.dimensions(content);
                if (dimensions != null) {
                    if (dimensions.pixels() > config.maxPixels()) {
                        throw ProblemException.of(422, "attachment.image.too-many-pixels",
                                String.valueOf(config.maxPixels() / 1_000_000));
                    }
                    thumbnail = Thumbnails.thumbnail(content, dimensions, config.thumbnailSize());
                }
            }
            String sha256 = sha256(content);
            long size = Files.size(content);
            String fileName = FileNames.safe(file.fileName(), type);
            return save(kind, ownerId, fileName, type, size, sha256, visibility, fromPublic, maxFilesFromPublic,
                    dimensions, thumbnail, content);
        } catch (ImageMetadataStripper.MalformedImageException e) {
            throw ProblemException.of(422, "attachment.image.malformed");
        } catch (javax.imageio.IIOException e) {
            throw ProblemException.of(422, "attachment.image.malformed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (cleaned != null) {
                try {
                    Files.deleteIfExists(cleaned);
                } catch (IOException e) {
                    LOG.warnf("Could not delete %s", cleaned);
                }
            }
        }
    }

    private Upload save(String kind, long ownerId, String fileName, String type, long size, String sha256,
                        Visibility visibility, boolean fromPublic, int maxFilesFromPublic,
                        Thumbnails.Dimensions dimensions, byte[] thumbnail, Path content) throws IOException {
        String key = UUID.randomUUID().toString();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                // First statement of the transaction: its snapshot then sees every file committed before.
                lockOwner(kind, ownerId);
                Optional<Attachment> same = attachments.sameContent(kind, ownerId, sha256);
                if (same.isPresent()) {
                    return new Upload(toResponse(same.get(), !fromPublic), false);
                }
                long[] usage = attachments.usage(kind, ownerId, false);
                if (usage[0] >= config.maxFilesPerRecord()) {
                    throw ProblemException.of(422, "attachment.record.too-many-files",
                            String.valueOf(config.maxFilesPerRecord()));
                }
                if (usage[1] + size > config.maxBytesPerRecord().asLongValue()) {
                    throw ProblemException.of(422, "attachment.record.too-large",
                            BodyLimits.megabytes(config.maxBytesPerRecord().asLongValue()));
                }
                if (fromPublic && attachments.usage(kind, ownerId, true)[0] >= maxFilesFromPublic) {
                    throw ProblemException.of(422, "attachment.public.too-many-files", String.valueOf(maxFilesFromPublic));
                }
                Attachment a = new Attachment();
                a.ownerKind = kind;
                a.ownerId = ownerId;
                a.fileName = fileName;
                a.mediaType = type;
                a.size = size;
                a.sha256 = sha256;
                a.visibility = visibility;
                a.fromPublic = fromPublic;
                a.uploadedBy = fromPublic ? null : user.username();
                a.uploadedAt = Instant.now();
                a.storageKey = key;
                a.width = dimensions == null ? null : dimensions.width();
                a.height = dimensions == null ? null : dimensions.height();
                a.thumbnail = thumbnail;
                attachments.persistAndFlush(a);
                storage.write(key, content);
                return new Upload(toResponse(a, !fromPublic), true);
            });
        } catch (RuntimeException e) {
            // The database back end rolled back with the row; a file written before the failure is removed.
            if (!(storage instanceof DatabaseStorage)) {
                deleteContent(key);
            }
            if (lockTimedOut(e)) {
                // Many uploads to one record at once outwaited the database's lock wait: busy, not broken.
                throw ProblemException.of(503, "attachment.record.busy");
            }
            throw e;
        }
    }

    /**
     * Locks the owner's row until the upload commits: uploads to one record wait for each other (on every
     * instance, the lock is the database's), so the count, size and same-content checks see each other's files.
     * It must come before any other read of the transaction: under REPEATABLE READ the first plain read fixes
     * what the transaction sees.
     */
    private void lockOwner(String kind, long ownerId) {
        attachments.getEntityManager()
                .createNativeQuery("SELECT id FROM " + owner(kind).table() + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, ownerId).getResultList();
    }

    private static boolean lockTimedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    private void scan(Path content) throws IOException {
        if (scanner == null) {
            return;
        }
        ClamdScanner.Verdict verdict;
        try {
            verdict = scanner.scan(content);
        } catch (IOException e) {
            LOG.warn("clamd could not scan an upload; refusing it", e);
            throw ProblemException.of(503, "attachment.scan.unavailable");
        }
        if (!verdict.clean()) {
            LOG.warnf("Refused an upload: clamd found %s", verdict.signature());
            throw ProblemException.of(422, "attachment.infected");
        }
    }

    private Download open(Attachment attachment, boolean thumbnail) {
        if (thumbnail) {
            byte[] small = QuarkusTransaction.requiringNew().call(() ->
                    attachments.findByIdOptional(attachment.id).map(a -> a.thumbnail).orElse(null));
            if (small == null) {
                throw ProblemException.of(404, "attachment.thumbnail.none");
            }
            return new Download(FileNames.safe(attachment.fileName, FileTypes.JPEG), FileTypes.JPEG, small.length,
                    null, true, new java.io.ByteArrayInputStream(small));
        }
        try {
            return new Download(attachment.fileName, attachment.mediaType, attachment.size, attachment.sha256,
                    FileTypes.isImage(attachment.mediaType) || attachment.mediaType.equals(FileTypes.PDF),
                    storage.read(attachment.storageKey));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteContent(String key) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                try {
                    storage.delete(key);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not delete attachment content %s now; the sweep will", key);
        }
    }

    private Set<String> knownKeys(Set<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> Set.copyOf(attachments.getEntityManager()
                .createQuery("select a.storageKey from Attachment a where a.storageKey in :keys", String.class)
                .setParameter("keys", keys).getResultList()));
    }

    private Attachment detached(Attachment a) {
        Attachment copy = new Attachment();
        copy.id = a.id;
        copy.fileName = a.fileName;
        copy.mediaType = a.mediaType;
        copy.size = a.size;
        copy.sha256 = a.sha256;
        copy.storageKey = a.storageKey;
        return copy;
    }

    private OwnerRecord findOwner(String kind, long ownerId) {
        AttachmentOwner owner = owner(kind);
        return QuarkusTransaction.requiringNew().call(() -> owner.find(ownerId));
    }

    private AttachmentOwner owner(String kind) {
        AttachmentOwner owner = owners.get(kind);
        if (owner == null) {
            throw ProblemException.of(404, "attachment.owner.unknown", kind);
        }
        return owner;
    }

    private PublicRecord publicRecord(String path, String trackingCode) {
        PublicAttachmentOwner owner = publicOwners.get(path);
        return (owner == null ? Optional.<PublicRecord>empty()
                : QuarkusTransaction.requiringNew().call(() -> owner.find(trackingCode)))
                .orElseThrow(() -> ProblemException.of(404, "attachment.tracking-code.unknown"));
    }

    private static Set<Visibility> visibleTo(OwnerRecord owner) {
        return owner.handling() ? ALL : NOT_HANDLING;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.of(404, "attachment.not-found", String.valueOf(id));
    }

    private static AttachmentResponse toResponse(Attachment a, boolean writable) {
        return new AttachmentResponse(a.id, a.ownerKind, a.ownerId, a.fileName, a.mediaType, a.size, a.sha256,
                a.visibility, a.fromPublic, a.uploadedAt, a.width, a.height, a.width != null,
                writable ? List.of(AttachmentOperation.DELETE) : List.of());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
