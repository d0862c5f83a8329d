package vn.coso.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The contract as an integrator's tools read it (Spectral {@code spectral:oas}, Redocly
 * {@code recommended}, openapi-generator): a server, an explicit {@code security: []} on the
 * operations anyone may call, an operation id on every operation, and honest response types.
 *
 * <p><b>Honest types.</b> Jackson writes every component of a response record, null or not (no
 * {@code NON_NULL} inclusion), so every property of a schema that a response carries is
 * {@code required}; it may be null exactly where the component says so with
 * {@code @Schema(nullable = true)} (the test profile's {@code NullableDeclaredCheck} refuses to
 * write a null the record does not declare). Schemas that request bodies use keep the
 * {@code required} their annotations give: a client must not be forced to send what the server
 * does not need.
 */
public final class OpenApiContract {

    static final String SCHEMA_PREFIX = "#/components/schemas/";

    private OpenApiContract() {
    }

    public static void apply(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer()
                .url("/")
                .description("The origin that serves this document (a local run: http://localhost:8080)."))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    // Public: say so, rather than leave a reader to guess from a missing requirement.
                    operation.setSecurity(new ArrayList<>());
                }
                operation.setOperationId(operationId(operation.getOperationId()));
                dropScalarExamplesOfArrays(operation);
            }
        }
        requireResponseProperties(openAPI);
    }

    /** {@code UnitResource_list} (Quarkus' CLASS_METHOD strategy) → {@code unitList}. */
    static String operationId(String generated) {
        if (generated == null) {
            return null;
        }
        int underscore = generated.indexOf('_');
        if (underscore < 0) {
            return generated;
        }
        String owner = generated.substring(0, underscore);
        if (owner.endsWith("Resource")) {
            owner = owner.substring(0, owner.length() - "Resource".length());
        }
        String method = generated.substring(underscore + 1);
        return owner.substring(0, 1).toLowerCase(Locale.ROOT) + owner.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }

    /** A repeated parameter ({@code sort}) is an array: its example must be one too. */
    private static void dropScalarExamplesOfArrays(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            Object example = parameter.getExample();
            if (schema != null && example != null && !(example instanceof Collection<?>)
                    && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
                parameter.setExample(List.of(example));
            }
        }
    }

    private static void requireResponseProperties(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        components.values().forEach(OpenApiContract::oneTypeForNullableReferences);
        Set<String> responseSchemas = new LinkedHashSet<>();
        Set<String> requestSchemas = new HashSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    reach(operation.getRequestBody().getContent(), components, requestSchemas);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        reach(response.getContent(), components, responseSchemas);
                    }
                }
            }
        }
        responseSchemas.removeAll(requestSchemas);
        // Problem is written without its null members (@JsonInclude NON_NULL): it says what it requires itself.
        responseSchemas.remove("Problem");
        for (String name : responseSchemas) {
            requireAll(components.get(name));
        }
    }

    /**
     * A nullable component of a named type comes out as {@code type: [string, "null"]} beside
     * {@code anyOf: [$ref, null]}; generated clients read that as "any string, or the type"
     * ({@code string | ImportPhase | null}). The {@code anyOf} alone says it exactly.
     */
    private static void oneTypeForNullableReferences(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            List<Schema> anyOf = property.getAnyOf();
            if (property.getType() != null && anyOf != null
                    && anyOf.stream().anyMatch(s -> s.getRef() != null)
                    && anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)))) {
                property.setType(null);
            }
            oneTypeForNullableReferences(property);
        }
    }

    /** Every property of an object schema (and of the objects inline in it) is present. */
    private static void requireAll(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                if (!required.contains(property.getKey())) {
                    required.add(property.getKey());
                }
                requireAll(property.getValue());
            }
            schema.setRequired(required);
        }
        requireAll(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            requireAll(schema.getAdditionalPropertiesSchema());
        }
    }

    private static void reach(Content content, Map<String, Schema> components, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        for (MediaType mediaType : content.getMediaTypes().values()) {
            if (mediaType.getSchema() != null) {
                todo.push(mediaType.getSchema());
            }
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMA_PREFIX)) {
                String name = ref.substring(SCHEMA_PREFIX.length());
                if (into.add(name) && components.get(name) != null) {
                    todo.push(components.get(name));
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> group : listsOf(schema)) {
                group.forEach(todo::push);
            }
        }
    }

    private static List<List<Schema>> listsOf(Schema schema) {
        List<List<Schema>> lists = new ArrayList<>();
        if (schema.getAllOf() != null) {
            lists.add(schema.getAllOf());
        }
        if (schema.getAnyOf() != null) {
            lists.add(schema.getAnyOf());
        }
        if (schema.getOneOf() != null) {
            lists.add(schema.getOneOf());
        }
        return lists;
    }
}
