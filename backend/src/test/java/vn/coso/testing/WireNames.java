package vn.coso.testing;

import vn.coso.common.actions.RecordAction;

import java.util.List;

/** What a record's {@code allowedActions} say on the wire, for comparing with the names the API documents. */
public final class WireNames {

    private WireNames() {
    }

    public static List<String> of(List<? extends RecordAction> actions) {
        return actions.stream().map(RecordAction::wireName).toList();
    }
}
