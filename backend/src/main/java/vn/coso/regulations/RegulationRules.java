package vn.coso.regulations;

import vn.coso.common.errors.Problem.FieldError;
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

    public static Optional<String> kindProblem(UnitType unitType, RegulationKind requested) {
        if (requested == null || requested == fittingKind(unitType)) {
            return Optional.empty();
        }
        return Optional.of(unitType == UnitType.VILLAGE
                ? "a village has a convention (hương ước, quy ước): CONVENTION"
                : "only a village has a convention; this unit has a REGULATION");
    }

    public static Optional<String> creationStatusProblem(RegulationStatus status) {
        return CREATION_STATUSES.contains(status) ? Optional.empty()
                : Optional.of("a new regulation is DRAFTING, IN_CONSULTATION or ISSUED");
    }

    public static Optional<String> issueDateProblem(LocalDate issueDate, LocalDate today) {
        return issueDate != null && (issueDate.isBefore(EARLIEST) || issueDate.isAfter(today))
                ? Optional.of("must be between 1998-01-01 and today") : Optional.empty();
    }

    /** An issued regulation has its number and issue date. */
    public static Optional<FieldError> issuedProblem(String number, LocalDate issueDate) {
        if (number == null || issueDate == null) {
            return Optional.of(new FieldError(number == null ? "number" : "issueDate",
                    "is required for an issued regulation"));
        }
        return Optional.empty();
    }

    /** Only one regulation of a unit is in force: a new one replaces it, or it is repealed first. */
    public static String alreadyInForce(String unitName, String number, long id) {
        return unitName + " already has regulation " + number + " in force (id " + id
                + "); say that this one replaces it, or repeal it first.";
    }
}
