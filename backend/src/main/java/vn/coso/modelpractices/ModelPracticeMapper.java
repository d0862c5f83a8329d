package vn.coso.modelpractices;

import vn.coso.common.actions.RecordWriteRules;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

final class ModelPracticeMapper {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private ModelPracticeMapper() {
    }

    static ModelPracticeResponse toResponse(ModelPractice practice, List<RecordWriteRules.Action> allowedActions) {
        List<UnitRef> replicatedIn = practice.replicatedIn.stream()
                .map(ModelPracticeMapper::toRef)
                .sorted(Comparator.comparing(UnitRef::name, VIETNAMESE).thenComparing(UnitRef::id))
                .toList();
        return new ModelPracticeResponse(practice.id, toRef(practice.unit), practice.year, practice.name,
                practice.description, replicatedIn, practice.version, practice.createdAt, practice.updatedAt,
                allowedActions);
    }

    private static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }
}
