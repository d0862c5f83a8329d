package vn.coso.imports;

import java.util.List;
import java.util.Set;

/**
 * A kind of record that can be imported from a spreadsheet. Each feature implements it beside its
 * service (UnitImport, PartyMemberImport…), with the service's own rules, and declares what it is
 * once in a {@link Definition}, in a static field {@code DEFINITION} (the contract's list of kinds is
 * read from it at build time: {@link ImportKindsOpenApi}); the imports kernel discovers the kinds
 * (CDI), reads the file, runs the passes, keeps the job, writes the templates and answers the API.
 */
public interface ImportKind {

    /** What the kind is, declared once: see {@link #define}. */
    Definition definition();

    /** A fresh session for one job; it lives as long as the job. */
    ImportSession<?> open(ImportCaller caller);

    /** The kind in the API path: units, party-organizations… */
    default String name() {
        return definition().name();
    }

    /** The template's sheet name, in Vietnamese. */
    default String title() {
        return definition().title();
    }

    /** The roles that may import this kind; scope applies to every row as in the API. */
    default Set<String> roles() {
        return definition().roles();
    }

    default List<ImportColumn> columns() {
        return definition().columns();
    }

    static Definition define(String name, String title, Set<String> roles, ImportColumn... columns) {
        return new Definition(name, title, roles, List.of(columns));
    }

    /**
     * @param name    the kind in the API path
     * @param title   the template's sheet name, in Vietnamese
     * @param roles   the roles that may import it
     * @param columns its columns, in the template's order
     */
    record Definition(String name, String title, Set<String> roles, List<ImportColumn> columns) {
    }
}
