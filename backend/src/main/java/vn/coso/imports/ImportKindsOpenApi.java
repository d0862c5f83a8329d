package vn.coso.imports;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The imports' {@code kind} parameter (the upload's query, the template's path) lists the registered kinds, found at build time: every
 * class implementing {@link ImportKind}, by its {@link ImportKind.Definition} (the static
 * {@code DEFINITION} field each kind declares). A new kind appears in the contract without
 * anything here to change.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ImportKindsOpenApi implements OASFilter {

    private final List<ImportKind.Definition> kinds = new ArrayList<>();

    public ImportKindsOpenApi(IndexView index) {
        for (ClassInfo kind : index.getAllKnownImplementations(DotName.createSimple(ImportKind.class))) {
            if (!Modifier.isAbstract(kind.flags()) && !Modifier.isInterface(kind.flags())) {
                kinds.add(definitionOf(kind.name().toString()));
            }
        }
        kinds.sort((a, b) -> a.name().compareTo(b.name()));
    }

    private static ImportKind.Definition definitionOf(String className) {
        try {
            Class<?> type = Class.forName(className, true, ImportKindsOpenApi.class.getClassLoader());
            var field = type.getDeclaredField("DEFINITION");
            field.setAccessible(true);
            return (ImportKind.Definition) field.get(null);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(className + " declares no static ImportKind.Definition DEFINITION", e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.equals("/api/v1/imports") || path.startsWith("/api/v1/imports/")) {
                for (Operation operation : operations(item)) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().stream()
                                .filter(p -> "kind".equals(p.getName())
                                        && (p.getIn() == Parameter.In.PATH || p.getIn() == Parameter.In.QUERY))
                                .forEach(this::describe);
                    }
                }
            }
        });
    }

    private void describe(Parameter parameter) {
        parameter.getSchema().setEnumeration(new ArrayList<>(kinds.stream().map(ImportKind.Definition::name).toList()));
        String who = String.join("; ", kinds.stream()
                .map(k -> k.name() + ": " + String.join(", ", k.roles().stream().sorted().toList())).toList());
        String description = parameter.getDescription() == null ? "The kind of records." : parameter.getDescription();
        parameter.setDescription(description + " Who may import each: " + who + ".");
    }

    private static List<Operation> operations(PathItem item) {
        List<Operation> operations = new ArrayList<>();
        for (Operation operation : new Operation[] {item.getGET(), item.getPOST(), item.getPUT(), item.getDELETE()}) {
            if (operation != null) {
                operations.add(operation);
            }
        }
        return operations;
    }
}
