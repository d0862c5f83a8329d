package vn.coso.common.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public final class HistoryDtos {

    private HistoryDtos() {
    }

    @Schema(name = "FieldChange", description = "One field's value before and after a change.")
    public record FieldChange(String field, @Schema(nullable = true) String from, @Schema(nullable = true) String to) {
    }

    @Schema(name = "HistoryEntry", description = "One change to a record.")
    public record HistoryEntry(long id, Instant at, String by, String action, List<FieldChange> changes) {
    }

    /**
     * A change to a record named by a text key (see {@link HistoryService#recordKeyed}), for the
     * feature to map onto its own entry type.
     */
    public record KeyedChange(long id, String key, String label, Instant at, String by, String action,
                              List<FieldChange> changes) {
    }
}
