package vn.coso.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionEnums.DisciplinarySource;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyOrganization;
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Kỷ luật of a member or an organisation, possibly decided after an inspection. */
@Entity
@Table(name = "disciplinary_action")
public class DisciplinaryAction extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_organization_id")
    public PartyOrganization subjectOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_member_id")
    public PartyMember subjectMember;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scope_unit_id")
    public Unit scopeUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DisciplinaryForm form;

    @Column(name = "decision_number", nullable = false, length = 64)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "deciding_body", nullable = false)
    public String decidingBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DisciplinarySource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "inspection_id")
    public Inspection inspection;

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("form", form);
        fields.put("decisionNumber", decisionNumber);
        fields.put("decisionDate", decisionDate);
        fields.put("decidingBody", decidingBody);
        fields.put("source", source);
        fields.put("inspectionId", inspection == null ? null : inspection.id);
        return fields;
    }
}
