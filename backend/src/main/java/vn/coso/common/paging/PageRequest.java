package vn.coso.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.coso.common.errors.ProblemException;

import java.util.List;

/**
 * The paging part of every list: {@code ?page=0&size=20&sort=field,desc}. Parameters arrive as
 * strings so that a wrong one answers 400 naming it (JAX-RS would answer 404 for a query
 * parameter it cannot convert).
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0.", example = "0")
    String page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1 to 200 (default 20).", example = "20")
    String size;

    @QueryParam("sort")
    @Parameter(description = "`field` or `field,desc`; repeat the parameter to sort by several fields.",
            example = "name,asc")
    List<String> sort;

    public PageRequest() {
    }

    public PageRequest(String page, String size, List<String> sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /** The {@code after} of keyset paging; only {@link KeysetPageRequest} takes one. */
    String afterParam() {
        return null;
    }

    /**
     * The page number, refused (400) when its first row would lie past the largest offset a query
     * can take: callers multiply it by {@link #size()} in {@code int} (Panache's {@code Page.of},
     * {@link #offset()}), which must never overflow into a negative offset.
     */
    public int page() {
        int value = page == null || page.isBlank() ? 0 : QueryParams.parseInt("page", page);
        if (value < 0) {
            throw QueryParams.invalid("page", "param.page");
        }
        if ((long) value * size() > Integer.MAX_VALUE) {
            throw ProblemException.invalidField("page", "paging.page.too-large", String.valueOf(Integer.MAX_VALUE / size()));
        }
        return value;
    }

    public int size() {
        return QueryParams.countUpTo("size", size, DEFAULT_SIZE, MAX_SIZE);
    }

    /** The requested sort, each field checked against those the list allows. */
    public List<SortField> sort(SortableFields allowed) {
        if (sort == null || sort.isEmpty()) {
            return allowed.defaults();
        }
        return sort.stream().filter(s -> !s.isBlank()).map(s -> SortField.parse(s, allowed)).toList();
    }

    /** The first row of the page; {@link #page()} makes sure the product fits an {@code int}. */
    public int offset() {
        long offset = (long) page() * size();
        if (offset > Integer.MAX_VALUE) {
            throw QueryParams.invalid("page", "param.page.too-large");
        }
        return (int) offset;
    }

    /**
     * The page of a list that offers keyset paging: the checked sort, and either the page number or
     * the cursor of {@code after} ({@link KeysetPageRequest}), which must have been made for this list
     * ({@code idPath}, e.g. {@code i.id}) under this sort. {@code after} with a page other than 0 is
     * contradictory (400).
     */
    public PageWindow window(SortableFields allowed, String idPath) {
        List<SortField> fields = sort(allowed);
        int number = page();
        int pageSize = size();
        String after = afterParam();
        if (after == null || after.isBlank()) {
            return new PageWindow(fields, number, pageSize, null);
        }
        if (number != 0) {
            throw ProblemException.ofParameter("paging.after.conflict", Cursor.PARAMETER, "page");
        }
        Cursor cursor = Cursor.decode(after);
        cursor.requireMadeFor(idPath, fields);
        return new PageWindow(fields, 0, pageSize, cursor);
    }
}
