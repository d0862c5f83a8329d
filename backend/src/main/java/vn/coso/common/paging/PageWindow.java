package vn.coso.common.paging;

import java.util.List;

/**
 * Which rows a page of a list reads, as its query needs them: the sort, and either the page's
 * offset or the cursor of the row it starts after ({@code after}). Made by
 * {@link PageRequest#window(SortableFields)}; given to {@link Conditions#pageKeys} and to the
 * count.
 *
 * @param page  the page number of the envelope: 0 when paging with a cursor
 * @param after the last row of the previous page, or null when paging by number
 */
public record PageWindow(List<SortField> sort, int page, int size, Cursor after) {

    public int offset() {
        return after == null ? page * size : 0;
    }
}
