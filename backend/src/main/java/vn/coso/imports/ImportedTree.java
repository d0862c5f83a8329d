package vn.coso.imports;

import vn.coso.common.tree.MaterializedPaths;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tree (units, party organisations) as an import will leave it: the placements the file gives its
 * rows, over the database's paths for everything else. Answers whether a placement would put a
 * record under itself, however the file also moves its ancestors.
 */
final class ImportedTree {

    /** Key of each record of the file → the key of the parent the file gives it (null for a root). */
    private final Map<String, String> fileParents = new HashMap<>();
    /** Key → materialised path, for records in the database that the file names. */
    private final Map<String, String> databasePaths = new HashMap<>();
    /** Id → key of the records in the database that the file places anew. */
    private final Map<Long, String> fileKeysById = new HashMap<>();

    /** Reading pass: the file places {@code key} under {@code parentKey}. The first row of a key counts. */
    public void place(String key, String parentKey) {
        fileParents.putIfAbsent(key, parentKey);
    }

    public boolean inFile(String key) {
        return fileParents.containsKey(key);
    }

    /** The parent key the file gives a record (null for a root, or when the file does not name the record). */
    public String fileParent(String key) {
        return fileParents.get(key);
    }

    /** Forgets what an earlier pass read from the database. */
    public void forgetDatabase() {
        databasePaths.clear();
        fileKeysById.clear();
    }

    /** A record of the database named by the file (as a row, or as a parent). */
    public void known(String key, long id, String path) {
        databasePaths.put(key, path);
        if (fileParents.containsKey(key)) {
            fileKeysById.put(id, key);
        }
    }

    /** Whether placing {@code key} under {@code parentKey} would make {@code key} its own ancestor. */
    public boolean loops(String key, String parentKey) {
        Set<String> seen = new HashSet<>();
        String current = parentKey;
        while (current != null) {
            if (current.equals(key)) {
                return true;
            }
            if (!seen.add(current)) {
                // A loop that does not pass through key: reported on the rows that make it.
                return false;
            }
            if (fileParents.containsKey(current)) {
                current = fileParents.get(current);
                continue;
            }
            String path = databasePaths.get(current);
            if (path == null) {
                return false;
            }
            current = nearestAncestorInFile(path);
        }
        return false;
    }

    /**
     * Completes the writes of a table of this tree (unit, party_organization), after the rows of the
     * file were inserted with {@code path = pendingPath} and {@code parent_id} set where the parent
     * already existed: links new rows to the new parents the file gave them, fills their paths, then
     * moves the existing records the file places under another parent, with their subtrees.
     *
     * @param existingIds key → id of the records of the database that the file names
     * @param moves       keys of existing records that the file moves
     */
    public void finishWrites(Connection connection, String table, String pendingPath, Map<String, Long> existingIds,
                             Collection<String> moves) throws SQLException {
        Map<String, Long> created = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, code FROM " + table + " WHERE path = ?")) {
            select.setString(1, pendingPath);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    created.put(Cells.key(rs.getString("code")), rs.getLong("id"));
                }
            }
        }
        try (PreparedStatement link = connection.prepareStatement("UPDATE " + table + " SET parent_id = ? WHERE id = ?")) {
            boolean any = false;
            for (var entry : created.entrySet()) {
                Long parentId = created.get(fileParents.get(entry.getKey()));
                if (parentId != null) {
                    link.setLong(1, parentId);
                    link.setLong(2, entry.getValue());
                    link.addBatch();
                    any = true;
                }
            }
            if (any) {
                link.executeBatch();
            }
        }
        MaterializedPaths.fillPending(connection, table, pendingPath);
        for (String key : moves) {
            String parentKey = fileParents.get(key);
            Long parentId = parentKey == null ? null
                    : created.containsKey(parentKey) ? created.get(parentKey) : existingIds.get(parentKey);
            moveUnder(connection, table, existingIds.get(key), parentId);
        }
    }

    /** Moves a record and its subtree under another parent (null: it becomes a root). */
    private static void moveUnder(Connection connection, String table, long id, Long parentId) throws SQLException {
        String parentPath = parentId == null ? null : pathOf(connection, table, parentId);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET parent_id = ? WHERE id = ?")) {
            Jdbc.setLong(update, 1, parentId);
            update.setLong(2, id);
            update.executeUpdate();
        }
        MaterializedPaths.move(connection, table, pathOf(connection, table, id), MaterializedPaths.childPath(parentPath, id));
    }

    private static String pathOf(Connection connection, String table, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT path FROM " + table + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " " + id + " vanished during an import");
                }
                return rs.getString(1);
            }
        }
    }

    /** Walking up a database path, the first ancestor that the file places anew; null if none. */
    private String nearestAncestorInFile(String path) {
        List<Long> ids = MaterializedPaths.idsOf(path);
        for (int i = ids.size() - 2; i >= 0; i--) {
            String key = fileKeysById.get(ids.get(i));
            if (key != null) {
                return key;
            }
        }
        return null;
    }
}
