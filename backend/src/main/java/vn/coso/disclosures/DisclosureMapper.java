package vn.coso.disclosures;

import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.disclosures.DisclosureDtos.DisclosureResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class DisclosureMapper {

    private DisclosureMapper() {
    }

    static DisclosureResponse toResponse(Disclosure d, List<RecordWriteRules.Action> allowedActions) {
        return new DisclosureResponse(d.id, toRef(d.unit), d.category, d.title, d.content,
                d.forms.stream().sorted().toList(), d.postedOn, d.postedUntil, d.place, d.link, rights(d.category),
                d.version, d.createdAt, d.updatedAt, allowedActions);
    }

    /** Every disclosure lets people know; a policy for beneficiaries disclosed is also what they benefit from. */
    static List<DemocracyRight> rights(DisclosureCategory category) {
        return category == DisclosureCategory.BENEFICIARY_POLICY
                ? List.of(DemocracyRight.KNOW, DemocracyRight.BENEFIT) : List.of(DemocracyRight.KNOW);
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }

    /** The fields as the history keeps them. */
    static Map<String, Object> snapshot(Disclosure d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unit", d.unit == null ? null : d.unit.code);
        fields.put("category", d.category);
        fields.put("title", d.title);
        fields.put("content", d.content);
        fields.put("forms", d.forms.stream().sorted().toList());
        fields.put("postedOn", d.postedOn);
        fields.put("postedUntil", d.postedUntil);
        fields.put("place", d.place);
        fields.put("link", d.link);
        return fields;
    }
}
