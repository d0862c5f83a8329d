package vn.coso.committees;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A shortcoming (hạn chế) named in a year's review, its causes (nguyên nhân chủ quan, khách quan) and the units concerned. */
@Entity
@Table(name = "committee_shortcoming")
public class Shortcoming extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "committee_id", nullable = false)
    public long committeeId;

    @Column(name = "review_year", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    public ShortcomingKind kind;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Column(name = "subjective_causes", columnDefinition = "text")
    public String subjectiveCauses;

    @Column(name = "objective_causes", columnDefinition = "text")
    public String objectiveCauses;

    @Column(name = "meeting_id")
    public Long meetingId;

    @ElementCollection
    @CollectionTable(name = "committee_shortcoming_unit", joinColumns = @JoinColumn(name = "shortcoming_id"))
    @Column(name = "unit_id")
    public Set<Long> unitIds = new TreeSet<>();

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("year", year);
        fields.put("kind", kind);
        fields.put("description", description);
        fields.put("subjectiveCauses", subjectiveCauses);
        fields.put("objectiveCauses", objectiveCauses);
        fields.put("unitIds", new TreeSet<>(unitIds));
        return fields;
    }
}
