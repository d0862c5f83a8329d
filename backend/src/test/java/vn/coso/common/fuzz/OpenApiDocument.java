package vn.coso.common.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The committed contract, read as a tree: its operations and its schemas with references resolved. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument read(Path file) throws IOException {
        return new OpenApiDocument(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    }

    /** Every operation under {@code prefix}, in the document's order. */
    List<Operation> operations(String prefix) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    List<JsonNode> parameters = new ArrayList<>();
                    path.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
                    op.getValue().path("parameters").forEach(p -> parameters.add(resolve(p)));
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), parameters,
                            op.getValue().path("requestBody").path("content"),
                            op.getValue().has("security") && op.getValue().path("security").isEmpty()));
                }
            }
        }
        return operations;
    }

    /** The schema a {@code $ref} points at (followed through chains), or the node itself. */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 20) {
            String ref = node.get("$ref").asText();
            node = root.at(ref.substring(1));
        }
        return node;
    }

    /**
     * @param body     the request body's {@code content} map (media type → schema), missing when none
     * @param isPublic declared with {@code security: []}
     */
    record Operation(String method, String path, List<JsonNode> parameters, JsonNode body, boolean isPublic) {
        String name() {
            return method + " " + path;
        }
    }
}
