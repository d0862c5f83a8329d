package vn.coso.common.actions;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An operation on a record that the record's {@code allowedActions} may list. Its wire name is
 * what the API says, e.g. {@code "assign"}: the last path segment of the operation, or
 * {@code "update"} / {@code "delete"} for PUT and DELETE on the record.
 *
 * <p>Each feature's actions are an enum implementing this, named for the contract
 * ({@code @Schema(name = "FeedbackAction")}), and its records carry {@code List<FeedbackActions.Action>}.
 * The {@link JsonValue} here makes both Jackson (the response) and SmallRye OpenAPI (the schema's
 * {@code enum}) use the wire names, so the contract lists exactly the feature's actions and a
 * generated client can tell a typo.
 */
public interface RecordAction {

    @JsonValue
    String wireName();
}
