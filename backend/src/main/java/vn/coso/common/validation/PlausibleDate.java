package vn.coso.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date a record of this system can carry: not before 1945 (the state whose bodies these records
 * are about did not exist) and not after the end of next year (a plan may look one year ahead;
 * anything later is a typing mistake). Null is valid; add {@code @NotNull} where needed.
 */
@Documented
@Constraint(validatedBy = Plausibility.DateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{coso.validation.PlausibleDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
