package vn.coso.common.errors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.coso.common.openapi.OpenApiContract;
import vn.coso.common.security.OpenApiSignIn;

import java.util.List;
import java.util.Map;

/**
 * Documents the error responses every operation can give, all as problem+json, from the rules
 * the API follows, so that no operation forgets one: 400 for bodies and parameters (every
 * operation: an unknown query parameter is refused, see {@code common/web/StrictQueryParameters},
 * one shared response {@code #/components/responses/BadRequest}), 401/403 where a
 * token is needed, 404 where an id is in the path, 409 for writes, 412 for If-Match, 429 for public
 * writes (rate-limited) and 422 where an Idempotency-Key is taken.
 */
public class OpenApiProblemFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String BAD_REQUEST = "BadRequest";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema("FieldError", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", stringSchema("The JSON path of the field or the parameter's name."))
                .addProperty("message", stringSchema("What is wrong with it.")));
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details.")
                .required(List.of("type", "title", "status", "code"))
                .addProperty("type", stringSchema("A URI naming the kind of problem."))
                .addProperty("title", stringSchema("A short summary of the kind of problem."))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", stringSchema("What went wrong in this occurrence."))
                .addProperty("code", stringSchema("A stable machine-readable code, e.g. unit.code.duplicate."))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        OpenApiSignIn.describe(openAPI);
        OpenApiContract.apply(openAPI);

        components.addResponse(BAD_REQUEST, OASFactory.createAPIResponse()
                .description("Invalid input; the problem names the field or the parameter (`errors[].field`). Besides "
                        + "a wrong value (`validation.failed`): a query parameter the operation does not declare "
                        + "(`request.parameter.unknown`), `year` together with `from`/`to` "
                        + "(`request.parameter.conflict`: give a year, or a period), or a value outside a parameter's "
                        + "listed values, e.g. `format=doc` where `format` is json, csv, xlsx or pdf "
                        + "(`validation.failed`).")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));

        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            boolean isPublic = path.getKey().startsWith("/api/v1/public");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                PathItem.HttpMethod method = entry.getKey();
                Operation operation = entry.getValue();
                boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
                APIResponses responses = operation.getResponses();
                responses.addAPIResponse("400", OASFactory.createAPIResponse().ref(BAD_REQUEST));
                if (!isPublic) {
                    add(responses, "401", "No valid bearer token.");
                    add(responses, "403", "Your role does not allow this operation.");
                }
                if (hasId) {
                    add(responses, "404", "Not found, or outside your scope.");
                }
                if (writes) {
                    add(responses, "409", "Conflicts with the current state (duplicate, stale version, still referenced, illegal transition).");
                }
                if (writes && isPublic) {
                    add(responses, "429", "Too many requests from your connection: wait for Retry-After seconds.");
                }
                if (takesIdempotencyKey(operation)) {
                    add(responses, "422", "The Idempotency-Key was used before for a different request.");
                }
                if (method == PathItem.HttpMethod.PUT) {
                    add(responses, "412", "If-Match does not name the current version.");
                }
            }
        }
    }

    private static boolean takesIdempotencyKey(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(status, response);
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
