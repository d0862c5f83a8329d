package vn.coso.party;

import vn.coso.common.errors.ProblemException;
import vn.coso.common.errors.ProblemException.FieldMessage;
import vn.coso.common.i18n.Msg;

import java.time.LocalDate;
import java.util.Optional;

/** The rules of a party member's dates, shared by {@link PartyMemberService} and the spreadsheet import. */
public final class PartyMemberRules {

    /** Điều lệ Đảng: a person is admitted from 18 years of age. */
    static final int MINIMUM_AGE = 18;
    private static final LocalDate EARLIEST_ADMISSION = LocalDate.of(1930, 2, 3);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    private PartyMemberRules() {
    }

    /** The first thing wrong with the dates (field in API terms and message), or empty. */
    public static Optional<FieldMessage> datesProblem(LocalDate dateOfBirth, LocalDate admission, LocalDate official,
                                                    LocalDate today) {
        if (admission.isAfter(today) || admission.isBefore(EARLIEST_ADMISSION)) {
            return Optional.of(new FieldMessage("admissionDate", Msg.of("field.date-until-today", EARLIEST_ADMISSION)));
        }
        if (dateOfBirth != null) {
            if (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(EARLIEST_BIRTH)) {
                return Optional.of(new FieldMessage("dateOfBirth", Msg.of("party-member.birth.implausible")));
            }
            if (dateOfBirth.plusYears(MINIMUM_AGE).isAfter(admission)) {
                return Optional.of(new FieldMessage("admissionDate", Msg.of("party-member.admission.age", MINIMUM_AGE)));
            }
        }
        if (official != null && (official.isBefore(admission) || official.isAfter(today))) {
            return Optional.of(new FieldMessage("officialDate", Msg.of("party-member.official.between")));
        }
        return Optional.empty();
    }
}
