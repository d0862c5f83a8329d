package vn.coso.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A remedy (giải pháp khắc phục) of a shortcoming: the action, the unit that owns it, its deadline and evidence. */
@Entity
@Table(name = "committee_remedy")
public class Remedy extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shortcoming_id", nullable = false)
    public long shortcomingId;

    @Column(nullable = false, length = 1000)
    public String action;

    @Column(name = "owner_unit_id", nullable = false)
    public long ownerUnitId;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public TaskStatus status;

    @Column(columnDefinition = "text")
    public String evidence;

    @Column(name = "done_on")
    public LocalDate doneOn;

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("remedyId", id);
        fields.put("action", action);
        fields.put("ownerUnitId", ownerUnitId);
        fields.put("deadline", deadline);
        fields.put("status", status);
        fields.put("evidence", evidence);
        fields.put("doneOn", doneOn);
        return fields;
    }
}
