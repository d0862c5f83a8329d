package vn.coso.regulations;

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
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A unit's democracy regulation (QCDC), or a village's convention. */
@Entity
@Table(name = "regulation")
public class Regulation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RegulationKind kind;

    @Column(length = 64)
    public String number;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public RegulationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    public Regulation replaces;

    /** The consultation on its draft that preceded it (lấy ý kiến dự thảo), if there was one. */
    @Column(name = "consultation_id")
    public Long consultationId;

    /** The fields whose changes the history keeps, in API names. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = snapshot(kind, number, title, issueDate, status, replaces == null ? null : replaces.id);
        fields.put("consultationId", consultationId);
        return fields;
    }

    static Map<String, Object> snapshot(RegulationKind kind, String number, String title, LocalDate issueDate,
                                        RegulationStatus status, Long replacesId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("number", number);
        fields.put("title", title);
        fields.put("issueDate", issueDate);
        fields.put("status", status);
        fields.put("replacesId", replacesId);
        return fields;
    }
}
