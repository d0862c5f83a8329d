package vn.coso.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A year from 1945 to next year, by the same reasoning as {@link PlausibleDate}. Null is valid. */
@Documented
@Constraint(validatedBy = Plausibility.YearValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleYear {

    String message() default "{coso.validation.PlausibleYear}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
