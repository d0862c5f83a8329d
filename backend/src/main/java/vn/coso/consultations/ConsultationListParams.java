package vn.coso.consultations;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.QueryParams;

/** The filters of their own that the staff list and the public list share, beside {@link ListParams}. */
public class ConsultationListParams {

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = ConsultationKind.class))
    String kind;

    @QueryParam("window")
    @Parameter(description = "Where today (Vietnam time) falls against the dates.",
            schema = @Schema(implementation = ConsultationWindow.class))
    String window;

    ConsultationFilter filter(ListParams params, ConsultationStatus status) {
        return new ConsultationFilter(params.q(), params.unitId(),
                QueryParams.optionalEnum("kind", kind, ConsultationKind.class), status,
                QueryParams.optionalEnum("window", window, ConsultationWindow.class),
                params.period(), params.updatedSince());
    }
}
