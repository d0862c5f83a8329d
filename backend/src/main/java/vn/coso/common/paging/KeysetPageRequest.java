package vn.coso.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * The paging of a list that also pages by cursor ({@code @BeanParam KeysetPageRequest page}):
 * {@code ?page=…&size=…&sort=…} or {@code ?after=<nextCursor>&size=…&sort=…}. Only the lists whose
 * service reads the page through {@link PageRequest#window} and {@link Conditions#pageKeys} declare
 * it; the others do not take {@code after} (400 naming it, as any undeclared parameter).
 */
public class KeysetPageRequest extends PageRequest {

    @QueryParam("after")
    @Parameter(description = "Paging by cursor: the `nextCursor` of the previous page, sent with the same `sort`"
            + " and filters. The page then holds the rows that follow that page's last row in this order, whatever"
            + " was added or changed meanwhile (a row changed during the walk comes again at its new place, which is"
            + " how `updatedSince` with `sort=updatedAt` syncs). Not together with a `page` other than 0; a cursor"
            + " that cannot be read, or made for another list or under another sort, answers 400.")
    String after;

    public KeysetPageRequest() {
    }

    public KeysetPageRequest(String page, String size, List<String> sort, String after) {
        super(page, size, sort);
        this.after = after;
    }

    @Override
    String afterParam() {
        return after;
    }
}
