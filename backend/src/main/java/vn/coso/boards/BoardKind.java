package vn.coso.boards;

import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The people's bodies that inspect and supervise, which units have them, and which work each does.
 * Law 97/2025/QH15 of 27/06/2025 (amending the laws on the Fatherland Front, Trade Unions, Youth and,
 * in its Article 4, 31 of the 91 articles of Law 10/2022/QH15 on Implementing Democracy at the
 * Grassroots) took effect on 01/07/2025 — date and effect checked against the published text
 * (issue 18's closing note names the sources). From {@link #AMENDED_ON} a commune's people's
 * inspection board also supervises community investment and no new community investment
 * supervision board is set up; the amended articles on the boards themselves were not found in
 * the sources at hand, so this part stays our reading. Boards keep their kind and term, so a 2024
 * review shows the two boards and a 2026 review the one.
 */
public enum BoardKind {
    /** Ban Thanh tra nhân dân: of communes, public service units and state enterprises */
    PEOPLES_INSPECTION(EnumSet.of(UnitType.COMMUNE, UnitType.PUBLIC_SERVICE_UNIT, UnitType.ENTERPRISE)),
    /** Ban Giám sát đầu tư của cộng đồng: of communes, until the 2025 amendment */
    COMMUNITY_INVESTMENT_SUPERVISION(EnumSet.of(UnitType.COMMUNE)),
    /** Ủy ban Mặt trận Tổ quốc: supervision and social critique (giám sát, phản biện xã hội) */
    FATHERLAND_FRONT(EnumSet.of(UnitType.PROVINCE, UnitType.DISTRICT, UnitType.COMMUNE, UnitType.MASS_ORGANIZATION));

    /** The day Law 97/2025/QH15 took effect (its Article 5). */
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
