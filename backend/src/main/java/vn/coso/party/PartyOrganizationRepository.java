package vn.coso.party;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Pages;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.paging.Total;
import vn.coso.common.security.Scope;
import vn.coso.common.tree.MaterializedPaths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class PartyOrganizationRepository implements PanacheRepository<PartyOrganization> {

    /** The id path of the list's queries; it also names the list in its cursors. */
    public static final String ID = "o.id";
    public static final SortableFields SORTABLE = SortableFields.of("name",
            "code", "o.code", "name", "o.name", "level", "o.level", "createdAt", "o.createdAt",
            "updatedAt", "o.updatedAt", "id", "o.id");

    public Optional<PartyOrganization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** One page in two steps (the deferred join): the page's ids from the indexes, then those organisations. */
    public Slice<PartyOrganization> findInScope(PartyOrganizationFilter filter, String unitPath, Scope scope,
                                                PageWindow window) {
        Conditions conditions = conditions(filter, unitPath, scope);
        Slice<Long> page = conditions.pageKeys(getEntityManager(), idsFrom(conditions), ID, window);
        List<Long> ids = page.rows();
        if (ids.isEmpty()) {
            return page.with(List.of());
        }
        List<PartyOrganization> rows = getEntityManager().createQuery("select o from PartyOrganization o join fetch o.unit u"
                        + " left join fetch o.parent where o.id in :ids", PartyOrganization.class)
                .setParameter("ids", ids).getResultList();
        return page.with(Pages.inOrderOf(ids, rows, o -> o.id));
    }

    /** The number of matching organisations, counted up to {@link Total#COUNT_LIMIT}. */
    public Total countInScope(PartyOrganizationFilter filter, String unitPath, Scope scope, List<SortField> sort) {
        Conditions conditions = conditions(filter, unitPath, scope);
        return conditions.countBounded(getEntityManager(), idsFrom(conditions), SortableFields.orderBy(sort, ID));
    }

    private static String idsFrom(Conditions conditions) {
        return conditions.refersTo("u") ? "select o.id from PartyOrganization o join o.unit u" : "select o.id from PartyOrganization o";
    }

    /** An organisation with the counts shown beside it, read in one statement. */
    public record OrganizationWithCounts(PartyOrganization organization, long memberCount, long childCount) {
    }

    /**
     * The organisation with its unit, its parent (and the parent's unit, for the scope check), its
     * active members in its subtree and its child organisations: one statement.
     */
    public Optional<OrganizationWithCounts> findWithCounts(long id) {
        return getEntityManager().createQuery("select o,"
                        + " (select coalesce(sum(c.activeMembers), 0) from PartyOrganization d"
                        + " join PartyOrganizationMemberCount c on c.organizationId = d.id where d.path like concat(o.path, '%')),"
                        + " (select count(c) from PartyOrganization c where c.parent.id = o.id)"
                        + " from PartyOrganization o join fetch o.unit left join fetch o.parent p left join fetch p.unit"
                        + " where o.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(row -> new OrganizationWithCounts((PartyOrganization) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()));
    }

    public Map<Long, Long> childCounts(List<Long> ids) {
        return countsBy("select o.parent.id, count(o) from PartyOrganization o where o.parent.id in :ids"
                + " group by o.parent.id", ids);
    }

    /**
     * Active members recorded in each organisation or anywhere below it: the sum of the subtree's own
     * counts, one arm per organisation in one statement. Each arm names its path as a parameter, so
     * the database reads the subtree's range of the (path, count) index; a join on
     * {@code d.path like concat(o.path, '%')} would scan the whole index once per organisation.
     */
    public Map<Long, Long> memberCounts(List<PartyOrganization> organizations) {
        Map<Long, Long> counts = new HashMap<>();
        if (organizations.isEmpty()) {
            return counts;
        }
        List<String> arms = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            arms.add("select " + i + ", coalesce(sum(c.activeMembers), 0) from PartyOrganization d"
                    + " join PartyOrganizationMemberCount c on c.organizationId = d.id where d.path like :p" + i);
        }
        var query = getEntityManager().createQuery(String.join(" union all ", arms), Object[].class);
        for (int i = 0; i < organizations.size(); i++) {
            query.setParameter("p" + i, organizations.get(i).path + "%");
        }
        query.getResultList().forEach(row -> counts.put(organizations.get(((Number) row[0]).intValue()).id,
                ((Number) row[1]).longValue()));
        return counts;
    }

    public List<PartyOrganization> subtree(PartyOrganization root, Scope scope) {
        return new Conditions()
                .add("o.path like :prefix", "prefix", root.path + "%")
                .inScope(scope, "u.path")
                .query(getEntityManager(), "select o from PartyOrganization o join o.unit u",
                        " order by length(o.path), o.name, o.id", PartyOrganization.class)
                .getResultList();
    }

    public void persistWithPath(PartyOrganization organization) {
        String parentPath = organization.parent == null ? null : organization.parent.path;
        organization.path = MaterializedPaths.pending(parentPath);
        persistAndFlush(organization);
        MaterializedPaths.assign(getEntityManager(), "PartyOrganization", organization, organization.id, parentPath);
    }

    public void movePaths(String oldPrefix, String newPrefix) {
        MaterializedPaths.move(getEntityManager(), "PartyOrganization", oldPrefix, newPrefix);
    }

    public long countAttachedTo(long unitId) {
        return count("unit.id", unitId);
    }

    private Map<Long, Long> countsBy(String jpql, List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery(jpql, Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private static Conditions conditions(PartyOrganizationFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .containsWords(filter.q(), "o.name", "o.code")
                .add("o.level = :level", "level", filter.level())
                .add("o.form = :form", "form", filter.form())
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("o.parent.id = :parentId", "parentId", filter.parentId())
                .add("o.active = :active", "active", filter.active())
                .add("o.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}
