package vn.coso.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;

/**
 * The filters every list of unit records shares ({@code @BeanParam ListParams params}): the unit
 * subtree and the period of {@link AreaParams}, a text and a change instant. They arrive as strings so that a wrong one
 * answers 400 naming it. Which date the period and which fields the text apply to is said by
 * each operation's description. The unit is resolved to its subtree by
 * {@link vn.coso.common.security.ScopeGuard#subtreeOf}, in the service.
 */
public class ListParams extends AreaParams {

    @QueryParam("q")
    @Parameter(description = "Text to find, ignoring case and diacritics. On party members, party organisations and"
            + " feedback each word of three letters or more must also begin a word of the record (full-text index):"
            + " `nguyen van` finds Nguyễn Văn Hùng, `guyen` does not.")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this instant.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;

    public ListParams() {
    }

    public ListParams(String unitId, String from, String to, String year, String q, String updatedSince) {
        super(unitId, from, to, year);
        this.q = q;
        this.updatedSince = updatedSince;
    }

    public String q() {
        return q == null || q.isBlank() ? null : q;
    }

    public Instant updatedSince() {
        return QueryParams.optionalInstant("updatedSince", updatedSince);
    }
}
