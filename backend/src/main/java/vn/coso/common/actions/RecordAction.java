package vn.coso.common.actions;

/**
 * An operation on a record that the record's {@code allowedActions} may list. Its wire name is
 * what the API says, e.g. {@code "assign"}: the last path segment of the operation, or
 * {@code "update"} / {@code "delete"} for PUT and DELETE on the record.
 */
public interface RecordAction {

    String wireName();
}
