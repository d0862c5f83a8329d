package vn.coso.common.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields a list may be sorted by, mapped to JPQL paths, with its default order. */
public final class SortableFields {

    private final Map<String, String> paths;
    private final List<SortField> defaults;

    private SortableFields(Map<String, String> paths, List<SortField> defaults) {
        this.paths = paths;
        this.defaults = defaults;
    }

    /** @param pairs API field name, JPQL path, API field name, JPQL path… */
    public static SortableFields of(String defaultField, String... pairs) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            paths.put(pairs[i], pairs[i + 1]);
        }
        SortField byDefault = new SortField(defaultField, paths.get(defaultField), false);
        return new SortableFields(Map.copyOf(paths), List.of(byDefault));
    }

    /** The same fields, listed by default from the greatest value of the default field down (newest first). */
    public SortableFields descendingByDefault() {
        SortField first = defaults.get(0);
        return new SortableFields(paths, List.of(new SortField(first.name(), first.path(), true)));
    }

    String pathOf(String name) {
        return paths.get(name);
    }

    String names() {
        return String.join(", ", paths.keySet().stream().sorted().toList());
    }

    List<SortField> defaults() {
        return defaults;
    }

    /**
     * An ORDER BY clause for the requested fields, with the id last so that pages are stable. The
     * id runs in the direction of the last field, so that one index on that field (to which InnoDB
     * appends the id) serves the whole order, read forwards or backwards, without a sort.
     */
    public static String orderBy(List<SortField> fields, String idPath) {
        StringBuilder clause = new StringBuilder(" order by ");
        for (SortField field : fields) {
            clause.append(field.jpql()).append(", ");
        }
        boolean descending = !fields.isEmpty() && fields.get(fields.size() - 1).descending();
        return clause.append(idPath).append(descending ? " desc" : " asc").toString();
    }
}
