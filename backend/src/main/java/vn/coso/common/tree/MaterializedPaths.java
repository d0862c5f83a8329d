package vn.coso.common.tree;

import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Trees (units, party organisations) keep a materialised path of ids, '/1/14/203/', so that a
 * subtree is one indexed prefix match. These helpers keep the paths right on insert and move.
 */
public final class MaterializedPaths {

    private MaterializedPaths() {
    }

    public static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /** A placeholder until the generated id is known; see {@link #assign}. */
    public static String pending(String parentPath) {
        return (parentPath == null ? "/" : parentPath) + "new/";
    }

    /**
     * Sets the final path of a just-persisted node by a bulk update, which leaves its version at 0,
     * then reloads the entity.
     */
    public static void assign(EntityManager em, String entityName, Object entity, long id, String parentPath) {
        em.createQuery("update " + entityName + " e set e.path = :path where e.id = :id")
                .setParameter("path", childPath(parentPath, id))
                .setParameter("id", id)
                .executeUpdate();
        em.refresh(entity);
    }

    /** Rewrites the paths of a moved subtree, the moved node itself included. */
    public static void move(EntityManager em, String entityName, String oldPrefix, String newPrefix) {
        em.createQuery("update " + entityName + " e set e.path = concat(:newPrefix, substring(e.path, :cut))"
                        + " where e.path like :old")
                .setParameter("newPrefix", newPrefix)
                .setParameter("cut", oldPrefix.length() + 1)
                .setParameter("old", oldPrefix + "%")
                .executeUpdate();
    }

    /**
     * For bulk inserts over JDBC (the spreadsheet import): rows inserted with {@code path = marker}
     * get their real paths, parents before children, one level per statement. Their parent_id must
     * be set; a row without a parent becomes a root.
     */
    public static void fillPending(Connection connection, String table, String marker) throws SQLException {
        try (PreparedStatement roots = connection.prepareStatement("UPDATE " + table
                + " SET path = CONCAT('/', id, '/') WHERE path = ? AND parent_id IS NULL")) {
            roots.setString(1, marker);
            roots.executeUpdate();
        }
        try (PreparedStatement level = connection.prepareStatement("UPDATE " + table + " c JOIN " + table
                + " p ON c.parent_id = p.id SET c.path = CONCAT(p.path, c.id, '/') WHERE c.path = ? AND p.path <> ?")) {
            level.setString(1, marker);
            level.setString(2, marker);
            int updated;
            do {
                updated = level.executeUpdate();
            } while (updated > 0);
        }
        try (PreparedStatement left = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE path = ?")) {
            left.setString(1, marker);
            try (var rs = left.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    throw new IllegalStateException(rs.getLong(1) + " new row(s) of " + table + " have no path: a loop of parents");
                }
            }
        }
    }

    /** {@link #move} over JDBC: rewrites the paths of a moved subtree, the moved node itself included. */
    public static void move(Connection connection, String table, String oldPrefix, String newPrefix) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement("UPDATE " + table
                + " SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ?")) {
            move.setString(1, newPrefix);
            move.setInt(2, oldPrefix.length() + 1);
            move.setString(3, oldPrefix + "%");
            move.executeUpdate();
        }
    }

    /** The ids on a path from the root down, the node itself last: '/1/14/203/' gives [1, 14, 203]. */
    public static List<Long> idsOf(String path) {
        List<Long> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(Long.parseLong(part));
            }
        }
        return ids;
    }

    /** The parent's id read from a path, so that building a tree loads no parent entity. */
    public static Long parentIdOf(String path) {
        String[] ids = path.split("/");
        // "/1/14/203/" splits into ["", "1", "14", "203"]
        return ids.length < 3 ? null : Long.parseLong(ids[ids.length - 2]);
    }

    /** The paths of a node's ancestors, root first, the node itself left out: '/1/14/203/' gives ['/1/', '/1/14/']. */
    public static List<String> ancestorPaths(String path) {
        List<String> paths = new ArrayList<>();
        StringBuilder prefix = new StringBuilder("/");
        List<Long> ids = idsOf(path);
        for (int i = 0; i < ids.size() - 1; i++) {
            prefix.append(ids.get(i)).append('/');
            paths.add(prefix.toString());
        }
        return paths;
    }

    public static boolean isAncestorOrSelf(String ancestorPath, String path) {
        return ancestorPath != null && path != null && path.startsWith(ancestorPath);
    }
}
