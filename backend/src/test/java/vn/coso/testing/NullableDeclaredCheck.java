package vn.coso.testing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The contract says every property of a response is present and may be null only where its
 * record component says {@code @Schema(nullable = true)} (common/openapi/OpenApiContract). In
 * every {@code @QuarkusTest} this filter holds each response to that: a null in a component that
 * does not declare it turns the response into a 500 naming the component, so the test that met
 * it fails. Declare the component nullable (or never send null).
 */
public class NullableDeclaredCheck {

    private static final Logger LOG = Logger.getLogger(NullableDeclaredCheck.class);
    private static final int MAX_DEPTH = 32;
    private static final ConcurrentMap<Class<?>, Set<String>> NULLABLE = new ConcurrentHashMap<>();

    @ServerResponseFilter
    public void check(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return;
        }
        List<String> violations = violations(entity);
        if (!violations.isEmpty()) {
            String message = "A response carries null where the contract does not allow it (declare the component "
                    + "@Schema(nullable = true) if it may be null): " + String.join("; ", violations);
            LOG.error(message);
            response.setStatus(500);
            response.setEntity(message, null, MediaType.TEXT_PLAIN_TYPE);
        }
    }

    /** Each {@code Record.component} (by path) that is null but not declared nullable. */
    public static List<String> violations(Object entity) {
        List<String> found = new ArrayList<>();
        walk(entity, entity == null ? "" : entity.getClass().getSimpleName(), found, 0);
        return found;
    }

    private static void walk(Object value, String path, List<String> found, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found, depth + 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(entry.getValue(), path + "." + entry.getKey(), found, depth + 1);
            }
            return;
        }
        if (value instanceof Object[] items) {
            for (int i = 0; i < items.length; i++) {
                walk(items[i], path + "[" + i + "]", found, depth + 1);
            }
            return;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord() || !type.getName().startsWith("vn.coso.")) {
            return;
        }
        JsonInclude include = type.getAnnotation(JsonInclude.class);
        boolean nullsLeftOut = include != null && include.value() != JsonInclude.Include.ALWAYS
                && include.value() != JsonInclude.Include.USE_DEFAULTS;
        Set<String> nullable = NULLABLE.computeIfAbsent(type, NullableDeclaredCheck::nullableComponents);
        for (RecordComponent component : type.getRecordComponents()) {
            if (ignored(type, component)) {
                continue;
            }
            Object member;
            try {
                component.getAccessor().setAccessible(true);
                member = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String where = path + "." + component.getName();
            if (member == null) {
                if (!nullsLeftOut && !nullable.contains(component.getName())) {
                    found.add(where + " (" + type.getName() + ")");
                }
                continue;
            }
            walk(member, where, found, depth + 1);
        }
    }

    private static boolean ignored(Class<?> type, RecordComponent component) {
        if (component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
            return true;
        }
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(JsonIgnore.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Set<String> nullableComponents(Class<?> type) {
        Set<String> names = ConcurrentHashMap.newKeySet();
        for (RecordComponent component : type.getRecordComponents()) {
            Schema schema = component.getAccessor().getAnnotation(Schema.class);
            if (schema == null) {
                try {
                    schema = type.getDeclaredField(component.getName()).getAnnotation(Schema.class);
                } catch (NoSuchFieldException e) {
                    schema = null;
                }
            }
            if (schema == null) {
                schema = component.getAnnotation(Schema.class);
            }
            if (schema != null && schema.nullable()) {
                names.add(component.getName());
            }
        }
        return names;
    }
}
