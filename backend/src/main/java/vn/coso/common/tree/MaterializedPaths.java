package vn.coso.common.tree;

import jakarta.persistence.EntityManager;

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

    /** The parent's id read from a path, so that building a tree loads no parent entity. */
    public static Long parentIdOf(String path) {
        String[] ids = path.split("/");
        // "/1/14/203/" splits into ["", "1", "14", "203"]
        return ids.length < 3 ? null : Long.parseLong(ids[ids.length - 2]);
    }

    public static boolean isAncestorOrSelf(String ancestorPath, String path) {
        return ancestorPath != null && path != null && path.startsWith(ancestorPath);
    }
}
