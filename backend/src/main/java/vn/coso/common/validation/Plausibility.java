package vn.coso.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;
import java.time.ZoneId;

/** The bounds of {@link PlausibleDate} and {@link PlausibleYear}, with the dates spelt out in messages. */
public final class Plausibility {

    public static final int FIRST_YEAR = 1945;
    /** Records are about Vietnam: "today" is Vietnam's today. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Plausibility() {
    }

    public static int lastYear() {
        return LocalDate.now(VIETNAM).getYear() + 1;
    }

    public static boolean isPlausible(LocalDate date) {
        return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= lastYear());
    }

    public static boolean isPlausible(Integer year) {
        return year == null || (year >= FIRST_YEAR && year <= lastYear());
    }

    public static class DateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (isPlausible(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                    "must be between " + FIRST_YEAR + "-01-01 and " + lastYear() + "-12-31").addConstraintViolation();
            return false;
        }
    }

    public static class YearValidator implements ConstraintValidator<PlausibleYear, Integer> {
        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            if (isPlausible(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                    "must be between " + FIRST_YEAR + " and " + lastYear()).addConstraintViolation();
            return false;
        }
    }
}
