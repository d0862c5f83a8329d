package vn.coso;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resources stay thin: they call services, never repositories or entities' static finders. */
class ArchitectureTest {

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
        Path root = Path.of("target", "classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (name.startsWith("vn.coso") && !name.contains("$")) {
                    found.add(Class.forName(name, false, ArchitectureTest.class.getClassLoader()));
                }
            }
        }
        return found;
    }
}
