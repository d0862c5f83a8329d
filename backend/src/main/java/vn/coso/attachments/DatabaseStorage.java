package vn.coso.attachments;

import io.agroal.api.AgroalDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Content in MariaDB, as rows of {@code attachment_chunk} of at most {@code chunk-size} bytes: written one
 * chunk per statement from the file on disk, read back one chunk per query, so that neither a write nor a
 * download holds more than one chunk in memory, and several instances need nothing but the database.
 */
class DatabaseStorage implements AttachmentStorage {

    private final AgroalDataSource dataSource;
    private final int chunkSize;

    DatabaseStorage(AgroalDataSource dataSource, int chunkSize) {
        this.dataSource = dataSource;
        this.chunkSize = chunkSize;
    }

    @Override
    public void write(String key, Path content) throws IOException {
        // The connection joins the caller's transaction: the chunks commit or roll back with the row.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO attachment_chunk (storage_key, seq, data) VALUES (?, ?, ?)");
             InputStream in = Files.newInputStream(content)) {
            byte[] buffer = new byte[chunkSize];
            int seq = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, chunkSize)) > 0) {
                insert.setString(1, key);
                insert.setInt(2, seq++);
                insert.setBytes(3, filled == chunkSize ? buffer : java.util.Arrays.copyOf(buffer, filled));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IOException("Could not store attachment content " + key, e);
        }
    }

    @Override
    public InputStream read(String key) {
        return new ChunkStream(key);
    }

    @Override
    public void delete(String key) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM attachment_chunk WHERE storage_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Could not delete attachment content " + key, e);
        }
    }

    @Override
    public int sweepOrphans() {
        try (Connection connection = dataSource.getConnection(); Statement delete = connection.createStatement()) {
            return delete.executeUpdate("DELETE c FROM attachment_chunk c LEFT JOIN attachment a"
                    + " ON a.storage_key = c.storage_key WHERE a.id IS NULL");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not sweep attachment content", e);
        }
    }

    /** Reads chunk after chunk, each with a connection borrowed for that one query. */
    private final class ChunkStream extends InputStream {
        private final String key;
        private int nextSeq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean done;

        ChunkStream(String key) {
            this.key = key;
        }

        private boolean fill() {
            if (done) {
                return false;
            }
            while (position >= chunk.length) {
                byte[] next = fetch(nextSeq++);
                if (next == null) {
                    done = true;
                    chunk = new byte[0];
                    return false;
                }
                chunk = next;
                position = 0;
            }
            return true;
        }

        private byte[] fetch(int seq) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "SELECT data FROM attachment_chunk WHERE storage_key = ? AND seq = ?")) {
                select.setString(1, key);
                select.setInt(2, seq);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("Could not read attachment content " + key, e));
            }
        }

        @Override
        public int read() {
            return fill() ? chunk[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, n);
            position += n;
            return n;
        }
    }
}
