package vn.coso.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where file content lives, by storage key. Every back end streams: content is written from a file
 * on disk and read back as a stream, a chunk at a time. Chosen by {@code coso.attachments.storage}:
 * {@link DatabaseStorage} (default), {@link FilesystemStorage}. An S3-compatible back end would be a
 * third implementation (the AWS SDK's {@code S3Client.putObject(RequestBody.fromFile)} and
 * {@code getObject} streams), selected the same way.
 */
public interface AttachmentStorage {

    /** Stores the file's content under the key; runs inside the transaction that writes the attachment row. */
    void write(String key, Path content) throws IOException;

    /** The content, to be read once and closed. */
    InputStream read(String key) throws IOException;

    /** Deletes the content; no error if there is none. */
    void delete(String key) throws IOException;

    /** Removes content that no attachment row names any more (idempotent, safe on several instances). */
    int sweepOrphans();
}
