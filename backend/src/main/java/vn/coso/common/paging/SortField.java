package vn.coso.common.paging;

/** One field of a sort: the API name, the JPQL path it stands for, and its direction. */
public record SortField(String name, String path, boolean descending) {

    static SortField parse(String raw, SortableFields allowed) {
        String[] parts = raw.split(",", -1);
        if (parts.length > 2) {
            throw QueryParams.invalid("sort", "param.sort.shape");
        }
        String name = parts[0].trim();
        String path = allowed.pathOf(name);
        if (path == null) {
            throw QueryParams.invalid("sort", "param.sort.field", name, String.valueOf(allowed.names()));
        }
        boolean descending = false;
        if (parts.length == 2) {
            String direction = parts[1].trim().toLowerCase();
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw QueryParams.invalid("sort", "param.sort.direction");
            }
            descending = direction.equals("desc");
        }
        return new SortField(name, path, descending);
    }

    public String jpql() {
        return path + (descending ? " desc" : " asc");
    }
}
