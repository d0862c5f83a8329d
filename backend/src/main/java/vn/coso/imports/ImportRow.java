package vn.coso.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.coso.common.i18n.Msg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data row of a file, read through the kind's columns, with the problems found in it. The typed
 * getters record a problem and answer null when a cell cannot be read as asked.
 */
public final class ImportRow {

    /** Longest cell value kept in an error report. */
    static final int MAX_REPORTED_VALUE = 500;

    private final int number;
    private final String[] values;
    private final ImportLayout layout;
    private List<RowError> errors;

    /** One problem: the field in API terms, the column as the file names it, the cell's value. */
    public record RowError(int row, String field, String column, String value, String message) {
    }

    ImportRow(int number, String[] values, ImportLayout layout) {
        this.number = number;
        this.values = values;
        this.layout = layout;
    }

    /** The row number as the spreadsheet shows it (the header is usually row 1). */
    public int number() {
        return number;
    }

    /** Whether the file has this column at all. */
    public boolean has(String field) {
        return layout.present(field);
    }

    /** The cell as text: trimmed, NFC, null when blank. */
    public String text(String field) {
        return values[layout.position(field)];
    }

    public Integer integer(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        return Cells.wholeNumber(text)
                .filter(n -> n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE)
                .map(Long::intValue)
                .orElseGet(() -> {
                    error(field, Msg.of("param.whole-number"));
                    return null;
                });
    }

    public LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        return Cells.date(text).orElseGet(() -> {
            error(field, Msg.of("import.cell.date"));
            return null;
        });
    }

    public Boolean bool(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        return Cells.bool(text).orElseGet(() -> {
            error(field, Msg.of("import.cell.boolean"));
            return null;
        });
    }

    /**
     * One of an enum's values, by its API name or by one of its Vietnamese names, ignoring case,
     * diacritics, spaces and underscores.
     */
    public <E extends Enum<E>> E choice(String field, Class<E> type, Map<E, List<String>> vietnameseNames) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        String folded = Cells.fold(text);
        for (E value : type.getEnumConstants()) {
            if (Cells.fold(value.name()).equals(folded)) {
                return value;
            }
            for (String name : vietnameseNames.getOrDefault(value, List.of())) {
                if (Cells.fold(name).equals(folded)) {
                    return value;
                }
            }
        }
        error(field, Msg.of("import.cell.one-of",
                String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }

    /**
     * The row's cells read as {@link #text}, {@link #integer}… and each held to the constraints of
     * the request record's property of the same name (or the one named), as {@link #validate} does.
     */
    public Checked against(Class<?> request) {
        return new Checked(request);
    }

    /** See {@link #against}. */
    public final class Checked {

        private final Class<?> request;

        private Checked(Class<?> request) {
            this.request = request;
        }

        public String text(String field) {
            return text(field, field);
        }

        public String text(String field, String property) {
            return checked(property, field, ImportRow.this.text(field));
        }

        /** A text that may be blank, held to the property's constraints when it is not. */
        public String optionalText(String field, String property) {
            String value = ImportRow.this.text(field);
            return value == null ? null : checked(property, field, value);
        }

        public Integer integer(String field) {
            return checked(field, field, ImportRow.this.integer(field));
        }

        public LocalDate date(String field) {
            return checked(field, field, ImportRow.this.date(field));
        }

        public <E extends Enum<E>> E choice(String field, Class<E> type, Map<E, List<String>> vietnameseNames) {
            return checked(field, field, ImportRow.this.choice(field, type, vietnameseNames));
        }

        private <T> T checked(String property, String field, T value) {
            validate(request, property, field, value);
            return value;
        }
    }

    /**
     * Checks a value against the Bean Validation constraints of a property of the API's request
     * record, so that a cell is held to exactly the rules of the field it fills.
     */
    public void validate(Class<?> request, String property, String field, Object value) {
        if (hasError(field)) {
            return;
        }
        Set<? extends ConstraintViolation<?>> violations = layout.validator().validateValue(request, property, value);
        violations.stream()
                .map(this::messageOf)
                .sorted()
                .findFirst()
                .ifPresent(message -> error(field, message));
    }

    /** Records a problem with a field of this row in the language of the import's requester. */
    public void error(String field, Msg message) {
        error(field, layout.text(message));
    }

    /** Records a problem with a field of this row, quoting its cell. */
    public void error(String field, String message) {
        if (errors == null) {
            errors = new ArrayList<>(2);
        }
        errors.add(new RowError(number, field, layout.headerOf(field), reported(text(field)), message));
    }

    public boolean hasErrors() {
        return errors != null && !errors.isEmpty();
    }

    public boolean hasError(String field) {
        return errors != null && errors.stream().anyMatch(e -> e.field().equals(field));
    }

    List<RowError> errors() {
        return errors == null ? List.of() : errors;
    }

    String[] values() {
        return values;
    }

    private String messageOf(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotNull.class || constraint == NotBlank.class ? layout.text(Msg.of("field.required"))
                : violation.getMessage();
    }

    private static String reported(String value) {
        if (value == null || value.length() <= MAX_REPORTED_VALUE) {
            return value;
        }
        return value.substring(0, MAX_REPORTED_VALUE - 1) + "…";
    }
}
