package vn.coso;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resources stay thin: they call services, never repositories or entities' static finders. */
class ArchitectureTest {

    /**
     * SmallRye names an enum's schema by its simple name: two enums both called {@code Status} in
     * different features share one schema in openapi.yaml, and one feature's values silently replace
     * the other's. Each enum needs a schema name of its own ({@code @Schema(name = ...)} when needed).
     */
    @Test
    void everyEnumHasASchemaNameOfItsOwn() throws Exception {
        Map<String, List<String>> enumsBySchemaName = new TreeMap<>();
        for (Class<?> type : classes(true)) {
            if (type.isEnum()) {
                org.eclipse.microprofile.openapi.annotations.media.Schema schema =
                        type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
                String name = schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
                enumsBySchemaName.computeIfAbsent(name, n -> new ArrayList<>()).add(type.getName());
            }
        }
        assertTrue(enumsBySchemaName.size() >= 10, "found the enums: " + enumsBySchemaName.keySet());
        enumsBySchemaName.values().removeIf(types -> types.size() < 2);
        assertEquals(Map.of(), enumsBySchemaName, "enums that would share one schema in openapi.yaml");
    }

    @Test
    void resourcesDoNotReachRepositories() throws Exception {
        List<String> offences = new ArrayList<>();
        List<Class<?>> resources = classes().stream().filter(c -> c.getSimpleName().endsWith("Resource")).toList();
        assertTrue(resources.size() >= 2, "found the resources");
        for (Class<?> resource : resources) {
            for (Field field : resource.getDeclaredFields()) {
                if (field.getType().getSimpleName().endsWith("Repository")) {
                    offences.add(resource.getSimpleName() + "." + field.getName());
                }
            }
            for (Constructor<?> constructor : resource.getDeclaredConstructors()) {
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    if (parameter.getSimpleName().endsWith("Repository")) {
                        offences.add(resource.getSimpleName() + "(" + parameter.getSimpleName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), offences, "resources must go through a service");
    }

    private static List<Class<?>> classes() throws IOException, ClassNotFoundException {
        return classes(false);
    }

    private static List<Class<?>> classes(boolean nested) throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.startsWith("vn.coso") && (nested || !name.contains("$"))) {
                    found.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
