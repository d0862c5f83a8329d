package vn.coso.inspections;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps a short list of names in one column, one name a line. */
@Converter
public class NameListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> names) {
        return names == null || names.isEmpty() ? null : String.join("\n", names);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(column.split("\n")));
    }
}
