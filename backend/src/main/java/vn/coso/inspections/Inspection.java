package vn.coso.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.hibernate.annotations.Formula;
import vn.coso.common.persistence.VersionedEntity;
import vn.coso.inspections.InspectionEnums.ConductingBody;
import vn.coso.inspections.InspectionEnums.Form;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.Status;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyOrganization;
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A kiểm tra or giám sát of one party organisation or one party member. */
@Entity
@Table(name = "inspection")
public class Inspection extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Form form;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_organization_id")
    public PartyOrganization subjectOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_member_id")
    public PartyMember subjectMember;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scope_unit_id")
    public Unit scopeUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conducting_organization_id")
    public PartyOrganization conductingOrganization;

    @Enumerated(EnumType.STRING)
    @Column(name = "conducting_body", nullable = false, length = 32)
    public ConductingBody conductingBody;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_supervision_id")
    public Inspection originSupervision;

    /** The citizen's feedback this inspection or supervision started from (only the link; see V243). */
    @Column(name = "lead_feedback_id")
    public Long leadFeedbackId;

    @Column(name = "plan_year", nullable = false)
    public int planYear;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    @Column(nullable = false, length = 500)
    public String topic;

    @Convert(converter = NameListConverter.class)
    @Column(name = "team_members", length = 2000)
    public List<String> teamMembers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.PLANNED;

    /**
     * The earliest due date of a recommendation not yet done (null when none): read with the
     * inspection in the same statement, so that lists and reads show overdue follow-up at no cost.
     */
    @Formula("(select min(r.due_date) from inspection_recommendation r where r.inspection_id = id and r.done_on is null)")
    public LocalDate earliestOpenDue;

    @Column(name = "cancel_reason", length = 1000)
    public String cancelReason;

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("form", form);
        fields.put("subjectOrganizationId", subjectOrganization == null ? null : subjectOrganization.id);
        fields.put("subjectMemberId", subjectMember == null ? null : subjectMember.id);
        fields.put("conductingOrganizationId", conductingOrganization.id);
        fields.put("conductingBody", conductingBody);
        fields.put("originSupervisionId", originSupervision == null ? null : originSupervision.id);
        fields.put("planYear", planYear);
        fields.put("plannedStart", plannedStart);
        fields.put("plannedEnd", plannedEnd);
        fields.put("actualStart", actualStart);
        fields.put("actualEnd", actualEnd);
        fields.put("topic", topic);
        fields.put("teamMembers", String.join(", ", teamMembers));
        fields.put("status", status);
        fields.put("cancelReason", cancelReason);
        return fields;
    }
}
