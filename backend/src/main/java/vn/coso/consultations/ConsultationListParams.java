package vn.coso.consultations;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;

import java.time.Instant;
import java.util.function.Function;

/** The filters the staff list and the public list share, as strings so that a wrong one answers 400 naming it. */
public class ConsultationListParams {

    @QueryParam("q")
    @Parameter(description = "Text in the title, ignoring case and diacritics.")
    String q;

    @QueryParam("unitId")
    @Parameter(description = "Only consultations of this unit or a unit below it.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
    String unitId;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = ConsultationKind.class))
    String kind;

    @QueryParam("window")
    @Parameter(description = "Where today (Vietnam time) falls against the dates.",
            schema = @Schema(implementation = ConsultationWindow.class))
    String window;

    @QueryParam("from")
    @Parameter(description = "Opening on or after this date.", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Opening on or before this date.", schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @QueryParam("year")
    @Parameter(description = "Opening in this calendar year.", schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
    String year;

    /**
     * @param unitPathOf the subtree of the unitId filter, by the rules of the list (scope or public)
     */
    ConsultationFilter filter(Function<Long, String> unitPathOf, ConsultationStatus status, Instant updatedSince) {
        return new ConsultationFilter(q, unitPathOf.apply(QueryParams.optionalLong("unitId", unitId)),
                QueryParams.optionalEnum("kind", kind, ConsultationKind.class), status,
                QueryParams.optionalEnum("window", window, ConsultationWindow.class),
                Period.of(from, to, year), updatedSince);
    }
}
