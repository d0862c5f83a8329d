package vn.coso.boards;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.actions.RecordAction;

/**
 * What a board's {@code allowedActions} may list: PUT on the board, and adding to it (a member,
 * an activity). Changing its members, activities and recommendations later is judged as
 * {@link #UPDATE}.
 */
@Schema(name = "BoardAction", description = "An operation on a board: `update` (PUT), `add-member` (POST "
        + "/boards/{id}/members), `record-activity` (POST /boards/{id}/activities).")
public enum BoardAction implements RecordAction {
    UPDATE("update"), ADD_MEMBER("add-member"), RECORD_ACTIVITY("record-activity");

    private final String wireName;

    BoardAction(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
