package vn.coso.common.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.coso.common.errors.ProblemException;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * PRODUCT.md: unknown query parameters and contradictory combinations answer 400 naming the
 * parameter, instead of being silently ignored ({@code /units?code=193} listing every unit). The
 * parameters an operation accepts are those its resource method declares ({@code @QueryParam},
 * and the fields of its {@code @BeanParam} classes), so the rule cannot drift from the contract.
 */
public class StrictQueryParameters {

    /** Reflection over a method's declaration: the same on every instance, computed once. */
    private final ConcurrentMap<Method, Set<String>> accepted = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> given = request.getUriInfo().getQueryParameters().keySet();
        if (given.isEmpty()) {
            return;
        }
        Set<String> names = accepted.computeIfAbsent(method, StrictQueryParameters::declaredNames);
        for (String name : new TreeSet<>(given)) {
            if (!names.contains(name)) {
                throw ProblemException.ofParameter("request.parameter.unknown", name, name,
                        names.isEmpty() ? "-" : String.join(", ", names));
            }
        }
        if (given.contains("year") && (given.contains("from") || given.contains("to"))) {
            throw ProblemException.ofParameter("request.parameter.conflict", "year", "year",
                    given.contains("from") ? "from" : "to");
        }
    }

    static Set<String> declaredNames(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return names;
    }
}
