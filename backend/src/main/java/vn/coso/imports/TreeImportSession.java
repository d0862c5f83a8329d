package vn.coso.imports;

import vn.coso.common.i18n.Msg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The session of a tree-shaped kind (units, party organisations): records by code, parents by
 * code, and a file that may describe a whole subtree, parents after children or before. It keeps
 * what the file says of each record it names, loads and locks the records of the database it names
 * (and their parents), checks that a parent exists in scope, fits and makes no loop, and writes the
 * new records' parents and paths and the moves at the end. The feature gives the table, its rows'
 * columns and its placement rules.
 *
 * @param <R> one parsed row
 * @param <E> a record of the database that the file names
 * @param <F> what the file says of a record that its children's checks need (its type…)
 */
public abstract class TreeImportSession<R extends TreeImportSession.TreeRow, E extends TreeImportSession.TreeNode, F>
        extends ImportSession<R> {

    /** A row of a tree-shaped kind. */
    public interface TreeRow {

        String code();

        String parentCode();

        default String parentKey() {
            return parentCode() == null ? null : Cells.key(parentCode());
        }
    }

    /** A record of the database that the file names. */
    public interface TreeNode {

        long id();

        String code();

        /** Its parent's folded code; null for a root. */
        String parentKey();
    }

    private final String table;
    private final String typeColumn;
    /** Marks the rows this session inserts until their paths are known. */
    private final String pendingPath = "#" + UUID.randomUUID();
    private final ImportedTree tree = new ImportedTree();
    /** What the file says of each record it names (first row of a key); a value may be null. */
    private final Map<String, F> inFile = new HashMap<>();
    private final Set<String> invalidInFile = new HashSet<>();
    private final Set<String> referencedParents = new HashSet<>();

    private final Map<String, E> existing = new HashMap<>();
    /** Records of the database under records the file re-types: parent key → children (key, stored type). */
    private final Map<String, List<Child>> children = new HashMap<>();
    /** Existing records that the file moves under another parent, written after the new ones. */
    private final List<String> moves = new ArrayList<>();

    private record Child(String key, String type) {
    }

    /**
     * @param table      the tree's table (unit, party_organization)
     * @param typeColumn the column whose value decides what may stand under a record (type, level)
     */
    protected TreeImportSession(ImportCaller caller, String table, String typeColumn) {
        super(caller);
        this.table = table;
        this.typeColumn = typeColumn;
    }

    /** What the file says of the record of this row that other rows need. */
    protected abstract F fileFacts(R record);

    /** The same facts of a record of the database. */
    protected abstract F factsOf(E node);

    /** Whether facts are whole enough to check a child's placement against (a row without a type is not). */
    protected abstract boolean whole(F facts);

    /** Whether the file changes what may stand under the record (its type…): its children are loaded then. */
    protected abstract boolean reshapes(E node, F facts);

    /** The path of the unit whose scope the record belongs to. */
    protected abstract String scopePath(E node);

    /** Loads the records of the database with these codes (locking them when asked); each through {@link #known}. */
    protected abstract void loadRecords(Connection connection, Set<String> codes, boolean lock) throws SQLException;

    /** What may stand under what: reports on the row's parentCode a problem of placing the record under a parent with these facts. */
    protected abstract void checkPlacement(R record, F parent, ImportRow row);

    /** Reports on the row's parentCode a parent that is neither in the database in scope nor in the file. */
    protected abstract void reportParentNotFound(R record, ImportRow row);

    /** Reports on the row's parentCode a record placed under itself (or under its own descendant). */
    protected abstract void reportCycle(ImportRow row);

    /** The checks of a row once its record is known to be in scope (or new). */
    protected abstract ImportAction check(R record, E node, ImportRow row);

    /** Reading pass, before the tree's own bookkeeping: what else the feature keeps (may add problems). */
    protected void rememberAlso(R record, ImportRow row) {
    }

    /** Checking pass, after the records of the tree are loaded: what else the feature loads. */
    protected void prepareAlso(Connection connection) throws SQLException {
    }

    @Override
    protected final String key(R record) {
        return record.code() == null ? null : Cells.key(record.code());
    }

    @Override
    protected final String keyField() {
        return "code";
    }

    @Override
    protected final String label(R record) {
        return record.code();
    }

    @Override
    protected final void remember(R record, ImportRow row) {
        rememberAlso(record, row);
        if (record.parentKey() != null) {
            referencedParents.add(record.parentKey());
        }
        String key = key(record);
        if (key == null || inFile.containsKey(key)) {
            return;
        }
        inFile.put(key, fileFacts(record));
        if (fileHas("parentCode")) {
            tree.place(key, record.parentKey());
        }
        if (row.hasErrors()) {
            invalidInFile.add(key);
        }
    }

    @Override
    protected final void prepare(Connection connection, boolean forWrite) throws SQLException {
        existing.clear();
        children.clear();
        moves.clear();
        tree.forgetDatabase();
        Set<String> codes = new HashSet<>(inFile.keySet());
        codes.addAll(referencedParents);
        loadRecords(connection, codes, forWrite);
        // The parents of updated records, for rows that keep them (a file without the parentCode column).
        Set<String> parents = new HashSet<>();
        existing.values().stream().map(TreeNode::parentKey)
                .filter(k -> k != null && !existing.containsKey(k)).forEach(parents::add);
        loadRecords(connection, parents, false);
        prepareAlso(connection);
        List<Long> reshaped = new ArrayList<>();
        inFile.forEach((key, facts) -> {
            E node = existing.get(key);
            if (node != null && reshapes(node, facts)) {
                reshaped.add(node.id());
            }
        });
        Jdbc.inChunks(reshaped, (chunk, in) -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT p.code AS parent_code, c.code, c."
                    + typeColumn + " AS child_type FROM " + table + " c JOIN " + table + " p ON p.id = c.parent_id"
                    + " WHERE p.id IN (" + in + ")")) {
                Jdbc.setAll(select, chunk);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        children.computeIfAbsent(Cells.key(rs.getString("parent_code")), k -> new ArrayList<>())
                                .add(new Child(Cells.key(rs.getString("code")), rs.getString("child_type")));
                    }
                }
            }
        });
    }

    /** From {@link #loadRecords}: a record of the database that the file names, with its materialised path. */
    protected final void known(E node, String path) {
        String key = Cells.key(node.code());
        existing.put(key, node);
        tree.known(key, node.id(), path);
    }

    /** The record of the database that the row updates, or null when it creates one. */
    protected final E existing(R record) {
        String key = key(record);
        return key == null ? null : existing.get(key);
    }

    /** The database id of the row's parent, or null (a root, or a parent this file creates: see {@link #finish}). */
    protected final Long existingParentId(R record) {
        E parent = record.parentKey() == null ? null : existing.get(record.parentKey());
        return parent == null ? null : parent.id();
    }

    protected final String pendingPath() {
        return pendingPath;
    }

    /**
     * The stored types of the record's children in the database that stay under it (a child in the
     * file answers for its own placement).
     */
    protected final List<String> stayingChildTypes(R record) {
        return children.getOrDefault(key(record), List.of()).stream()
                .filter(child -> !inFile.containsKey(child.key()))
                .map(Child::type)
                .toList();
    }

    /** Whether the row places an existing record under another parent. */
    protected final boolean moving(E node, R record) {
        return !Objects.equals(node.parentKey(), record.parentKey());
    }

    /** Records the move of the row's existing record, written after the new records. */
    protected final void move(R record) {
        moves.add(key(record));
    }

    @Override
    protected final ImportAction check(R record, ImportRow row) {
        E node = existing(record);
        if (node != null && !caller.scope().contains(scopePath(node))) {
            row.error(keyField(), Msg.of("import.value-taken"));
            return ImportAction.INVALID;
        }
        return check(record, node, row);
    }

    /** Checks the row's parent: in scope or in the file, a fit for the record, and no loop. */
    protected final void checkParent(R record, ImportRow row) {
        String key = key(record);
        String parentKey = record.parentKey();
        if (parentKey.equals(key)) {
            reportCycle(row);
            return;
        }
        E parent = existing.get(parentKey);
        boolean parentInFile = inFile.containsKey(parentKey);
        if ((parent == null && !parentInFile) || (parent != null && !caller.scope().contains(scopePath(parent)))) {
            reportParentNotFound(record, row);
            return;
        }
        F parentFacts;
        if (parentInFile) {
            // Its own row answers for its problems; its facts are the ones it will have.
            parentFacts = inFile.get(parentKey);
            if (invalidInFile.contains(parentKey) || !whole(parentFacts)) {
                return;
            }
        } else {
            parentFacts = factsOf(parent);
        }
        checkPlacement(record, parentFacts, row);
        if (key != null && tree.loops(key, parentKey)) {
            reportCycle(row);
        }
    }

    /** New records get their parents and paths, then existing records move. */
    @Override
    protected final void finish(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((key, node) -> ids.put(key, node.id()));
        tree.finishWrites(connection, table, pendingPath, ids, moves);
    }
}
