package vn.coso.imports;

import java.util.List;
import java.util.Set;

/**
 * A kind of record that can be imported from a spreadsheet. Each feature implements it beside its
 * service (UnitImport, PartyMemberImport…), with the service's own rules; the imports feature reads
 * the file, runs the passes, keeps the job and answers the API.
 */
public interface ImportKind {

    /** The kind in the API path: units, party-organizations… */
    String name();

    /** The template's sheet name, in Vietnamese. */
    String title();

    /** The roles that may import this kind; scope applies to every row as in the API. */
    Set<String> roles();

    List<ImportColumn> columns();

    /** A fresh session for one job; it lives as long as the job. */
    ImportSession<?> open(ImportCaller caller);
}
