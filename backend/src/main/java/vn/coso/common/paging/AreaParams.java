package vn.coso.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The area and period of a figure or a summary ({@code @BeanParam AreaParams area}): the unit
 * subtree and the period, as in {@link ListParams}. The unit is resolved by
 * {@link vn.coso.common.security.ScopeGuard}, in the service.
 */
public class AreaParams {

    @QueryParam("unitId")
    @Parameter(description = "Only this unit and the units below it (404 when it is not in your scope).",
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

    public AreaParams() {
    }

    public AreaParams(String unitId, String from, String to, String year) {
        this.unitId = unitId;
        this.from = from;
        this.to = to;
        this.year = year;
    }

    public Long unitId() {
        return QueryParams.optionalLong("unitId", unitId);
    }

    public Period period() {
        return Period.of(from, to, year);
    }

    /** The raw parameters, for the endpoints whose period has rules of its own (the annual review). */
    public String fromParam() {
        return from;
    }

    public String toParam() {
        return to;
    }

    public String yearParam() {
        return year;
    }

    public String unitIdParam() {
        return unitId;
    }
}
