package vn.coso.reorganisations;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.errors.ProblemException.FieldMessage;
import vn.coso.common.i18n.Msg;
import vn.coso.reorganisations.ReorganisationDtos.Change;
import vn.coso.reorganisations.ReorganisationDtos.Dissolution;
import vn.coso.reorganisations.ReorganisationDtos.Move;
import vn.coso.reorganisations.ReorganisationDtos.NewUnit;
import vn.coso.reorganisations.ReorganisationDtos.Plan;
import vn.coso.units.UnitType;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a plan from a table shaped like {@code quang-ninh-units-2025.csv}
 * ({@code code,name,type,parent_code,level_name,merged_from}; {@code merged_from} lists old codes
 * separated by ';'). A row formed from several units, or from one unit of another code, is a new
 * unit; a row formed only from the unit of its own code is that unit living on (moved under its new
 * parent, renamed if its name differs); the province's own row is left alone. An old unit listed
 * under several rows is divided: its primary successor is the row that takes its code, else the
 * first row naming it. The districts under the file's province are dissolved when the file has none.
 */
public final class ReorganisationCsv {

    private static final List<String> HEADER = List.of("code", "name", "type", "parent_code", "level_name", "merged_from");

    private ReorganisationCsv() {
    }

    public static Plan parse(Reader csv, LocalDate effectiveDate, String legalBasisNumber, LocalDate legalBasisDate,
                             String title, java.util.function.Function<String, List<String>> districtsUnder) {
        List<FieldMessage> errors = new ArrayList<>();
        List<NewUnit> newUnits = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<String, List<String>> successorsOf = new LinkedHashMap<>();
        boolean hasDistricts = false;
        String provinceCode = null;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get().parse(csv)) {
            if (!parser.getHeaderNames().containsAll(HEADER)) {
                throw ProblemException.invalidField("file", "reorganisation.csv.header", String.join(",", HEADER));
            }
            for (CSVRecord row : parser) {
                String line = "rows[" + row.getRecordNumber() + "]";
                String code = row.get("code");
                String typeText = row.get("type");
                UnitType type;
                try {
                    type = UnitType.valueOf(typeText);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldMessage(line + ".type", Msg.of("reorganisation.csv.type", typeText)));
                    continue;
                }
                List<String> mergedFrom = Arrays.stream(row.get("merged_from").split(";"))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
                if (type == UnitType.PROVINCE) {
                    provinceCode = code;
                    continue;
                }
                hasDistricts |= type == UnitType.DISTRICT;
                if (code.isEmpty() || row.get("parent_code").isEmpty()) {
                    errors.add(new FieldMessage(line + ".code", Msg.of("reorganisation.csv.incomplete")));
                    continue;
                }
                if (mergedFrom.equals(List.of(code))) {
                    moves.add(new Move(code, row.get("parent_code")));
                    changes.add(new Change(code, row.get("name"), type));
                    continue;
                }
                newUnits.add(new NewUnit(code, row.get("name"), type, row.get("parent_code"), mergedFrom));
                mergedFrom.forEach(old -> successorsOf.computeIfAbsent(old, k -> new ArrayList<>()).add(code));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalidField("file", "reorganisation.csv.unreadable", String.valueOf(e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        Map<String, String> primary = new LinkedHashMap<>();
        successorsOf.forEach((old, successors) -> {
            if (successors.size() > 1) {
                primary.put(old, successors.contains(old) ? old : successors.get(0));
            }
        });
        List<Dissolution> dissolutions = hasDistricts || provinceCode == null ? List.of()
                : districtsUnder.apply(provinceCode).stream().map(code -> new Dissolution(code, null)).toList();
        return new Plan(effectiveDate, legalBasisNumber, legalBasisDate, title, newUnits, List.of(), primary, Map.of(),
                moves, dissolutions, changes, null);
    }
}
