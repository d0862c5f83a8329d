package vn.coso.imports;

import vn.coso.common.tree.MaterializedPaths;

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
public final class ImportedTree {

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
