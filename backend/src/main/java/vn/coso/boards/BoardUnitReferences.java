package vn.coso.boards;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit with a board, or addressed by a board's recommendation, cannot be deleted. */
@ApplicationScoped
public class BoardUnitReferences implements UnitReferences {

    private final BoardRepository boards;

    public BoardUnitReferences(BoardRepository boards) {
        this.boards = boards;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = boards.countByUnit(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("board.references.unit", count));
    }
}
