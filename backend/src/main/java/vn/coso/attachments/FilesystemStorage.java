package vn.coso.attachments;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Content as files under {@code coso.attachments.directory}, two levels of folders by key. Several instances
 * need the folder shared (NFS, a mounted volume) and backed up with the database. A file is written under a
 * temporary name and moved into place, so that a reader never sees half of one.
 */
class FilesystemStorage implements AttachmentStorage {

    private static final Logger LOG = Logger.getLogger(FilesystemStorage.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");
    /** A file younger than this may belong to an upload whose row is not yet committed. */
    private static final Duration SWEEP_GRACE = Duration.ofHours(1);

    private final Path root;
    private final Function<Set<String>, Set<String>> knownKeys;

    /** @param knownKeys of a set of keys, those that an attachment row names */
    FilesystemStorage(Path root, Function<Set<String>, Set<String>> knownKeys) {
        this.root = root;
        this.knownKeys = knownKeys;
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    @Override
    public void write(String key, Path content) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(key + ".part");
        Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream read(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (NoSuchFileException ignored) {
            // Already gone: deleting is idempotent.
        }
    }

    @Override
    public int sweepOrphans() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(SWEEP_GRACE);
        int[] deleted = {0};
        try (Stream<Path> files = Files.walk(root, 3)) {
            var batch = new java.util.HashMap<String, Path>();
            files.filter(Files::isRegularFile).filter(p -> olderThan(p, cutoff)).forEach(p -> {
                String name = p.getFileName().toString().replace(".part", "");
                batch.put(name, p);
                if (batch.size() >= 500) {
                    deleted[0] += deleteUnknown(batch);
                }
            });
            deleted[0] += deleteUnknown(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted[0];
    }

    private int deleteUnknown(java.util.Map<String, Path> batch) {
        Set<String> known = knownKeys.apply(batch.keySet());
        int deleted = 0;
        for (var entry : batch.entrySet()) {
            if (!known.contains(entry.getKey())) {
                try {
                    Files.deleteIfExists(entry.getValue());
                    deleted++;
                } catch (IOException e) {
                    LOG.warnf("Could not delete orphan attachment file %s", entry.getValue());
                }
            }
        }
        batch.clear();
        return deleted;
    }

    private static boolean olderThan(Path file, Instant cutoff) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }
}
