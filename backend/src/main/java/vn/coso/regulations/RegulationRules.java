package vn.coso.regulations;

import vn.coso.common.errors.ProblemException;
import vn.coso.common.errors.ProblemException.FieldMessage;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The rules of a regulation that do not need the database, shared by {@link RegulationService} and the import. */
public final class RegulationRules {

    static final Set<RegulationStatus> CREATION_STATUSES =
            EnumSet.of(RegulationStatus.DRAFTING, RegulationStatus.IN_CONSULTATION, RegulationStatus.ISSUED);
    private static final LocalDate EARLIEST = LocalDate.of(1998, 1, 1);

    private RegulationRules() {
    }

    /** A village has a convention (hương ước, quy ước); every other unit a regulation. */
    public static RegulationKind fittingKind(UnitType unitType) {
        return unitType == UnitType.VILLAGE ? RegulationKind.CONVENTION : RegulationKind.REGULATION;
    }

    public static Optional<Msg> kindProblem(UnitType unitType, RegulationKind requested) {
        if (requested == null || requested == fittingKind(unitType)) {
            return Optional.empty();
        }
        return Optional.of(Msg.of(unitType == UnitType.VILLAGE
                ? "regulation.kind.village" : "regulation.kind.not-village"));
    }

    public static Optional<Msg> creationStatusProblem(RegulationStatus status) {
        return CREATION_STATUSES.contains(status) ? Optional.empty()
                : Optional.of(Msg.of("regulation.status.creation"));
    }

    public static Optional<Msg> issueDateProblem(LocalDate issueDate, LocalDate today) {
        return issueDate != null && (issueDate.isBefore(EARLIEST) || issueDate.isAfter(today))
                ? Optional.of(Msg.of("field.date-until-today", EARLIEST)) : Optional.empty();
    }

    /** An issued regulation has its number and issue date. */
    public static Optional<FieldMessage> issuedProblem(String number, LocalDate issueDate) {
        if (number == null || issueDate == null) {
            return Optional.of(new FieldMessage(number == null ? "number" : "issueDate",
                    Msg.of("regulation.issued.required")));
        }
        return Optional.empty();
    }

    /** Only one regulation of a unit is in force: a new one replaces it, or it is repealed first. */
    public static Msg alreadyInForce(String unitName, String number, long id) {
        return Msg.of("regulation.already-in-force", unitName, number, String.valueOf(id));
    }
}
