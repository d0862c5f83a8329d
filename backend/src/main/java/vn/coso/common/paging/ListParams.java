package vn.coso.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.Instant;

/**
 * The filters every list of unit records shares ({@code @BeanParam ListParams params}): the unit
 * subtree, the period, a text and a change instant. They arrive as strings so that a wrong one
 * answers 400 naming it. Which date the period and which fields the text apply to is said by
 * each operation's description. The unit is resolved to its subtree by
 * {@link vn.coso.common.security.ScopeGuard#subtreeOf}, in the service.
 */
public class ListParams {

    @QueryParam("unitId")
    @Parameter(description = "Only records of this unit or a unit below it (404 when it is not in your scope).",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    String unitId;

    @QueryParam("from")
    @Parameter(description = "The period's first day (inclusive). Not together with `year`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(description = "The period's last day (inclusive). Not together with `year`.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @QueryParam("year")
    @Parameter(description = "A calendar year as the period. Not together with `from`/`to`.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    String year;

    @QueryParam("q")
    @Parameter(description = "Text to find, ignoring case and diacritics.")
    String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only records changed at or after this instant.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String updatedSince;

    public ListParams() {
    }

    public ListParams(String unitId, String from, String to, String year, String q, String updatedSince) {
        this.unitId = unitId;
        this.from = from;
        this.to = to;
        this.year = year;
        this.q = q;
        this.updatedSince = updatedSince;
    }

    public Long unitId() {
        return QueryParams.optionalLong("unitId", unitId);
    }

    public Period period() {
        return Period.of(from, to, year);
    }

    public String q() {
        return q == null || q.isBlank() ? null : q;
    }

    public Instant updatedSince() {
        return QueryParams.optionalInstant("updatedSince", updatedSince);
    }
}
