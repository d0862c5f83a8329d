package vn.coso.boards;

import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The people's bodies that inspect and supervise, which units have them, and which work each does.
 * Law 97/2025/QH15 amended the Law on Implementing Democracy at the Grassroots together with the
 * Fatherland Front law; as we read it (not checked against the amended text: see the closing
 * note), from {@link #AMENDED_ON} a commune's people's inspection board also supervises community
 * investment and no new community investment supervision board is set up. Boards keep their kind
 * and term, so a 2024 review shows the two boards and a 2026 review the one.
 */
public enum BoardKind {
    /** Ban Thanh tra nhân dân: of communes, public service units and state enterprises */
    PEOPLES_INSPECTION(EnumSet.of(UnitType.COMMUNE, UnitType.PUBLIC_SERVICE_UNIT, UnitType.ENTERPRISE)),
    /** Ban Giám sát đầu tư của cộng đồng: of communes, until the 2025 amendment */
    COMMUNITY_INVESTMENT_SUPERVISION(EnumSet.of(UnitType.COMMUNE)),
    /** Ủy ban Mặt trận Tổ quốc: supervision and social critique (giám sát, phản biện xã hội) */
    FATHERLAND_FRONT(EnumSet.of(UnitType.PROVINCE, UnitType.DISTRICT, UnitType.COMMUNE, UnitType.MASS_ORGANIZATION));

    /** The day the 2025 amendment took effect, as we understand it. */
    public static final LocalDate AMENDED_ON = LocalDate.of(2025, 7, 1);

    private final Set<UnitType> heldBy;

    BoardKind(Set<UnitType> heldBy) {
        this.heldBy = heldBy;
    }

    public Set<UnitType> heldBy() {
        return heldBy;
    }

    /** Whether a board of this kind may start its term on that day. */
    public boolean mayStartOn(LocalDate day) {
        return this != COMMUNITY_INVESTMENT_SUPERVISION || day.isBefore(AMENDED_ON);
    }

    /** The work a board of this kind does on a day. */
    public Set<ActivityKind> activitiesOn(LocalDate day) {
        return switch (this) {
            case PEOPLES_INSPECTION -> day.isBefore(AMENDED_ON)
                    ? EnumSet.of(ActivityKind.INSPECTION, ActivityKind.SUPERVISION)
                    : EnumSet.of(ActivityKind.INSPECTION, ActivityKind.SUPERVISION, ActivityKind.INVESTMENT_SUPERVISION);
            case COMMUNITY_INVESTMENT_SUPERVISION -> EnumSet.of(ActivityKind.INVESTMENT_SUPERVISION);
            case FATHERLAND_FRONT -> EnumSet.of(ActivityKind.SUPERVISION, ActivityKind.SOCIAL_CRITIQUE);
        };
    }
}
