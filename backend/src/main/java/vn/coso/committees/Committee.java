package vn.coso.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The steering committee (Ban Chỉ đạo thực hiện dân chủ ở cơ sở) of one unit; the unit is referred to by id. */
@Entity
@Table(name = "committee")
public class Committee extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(nullable = false, length = 500)
    public String name;

    /** The founding decision (quyết định thành lập). */
    @Column(name = "decision_number", length = 64)
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("decisionNumber", decisionNumber);
        fields.put("decisionDate", decisionDate);
        return fields;
    }
}
