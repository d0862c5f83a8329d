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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A member of a committee over a period, the units they follow, and optionally their staff account. */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "committee_id", nullable = false)
    public long committeeId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(length = 500)
    public String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public CommitteeRole role;

    @Column(nullable = false)
    public LocalDate since;

    public LocalDate until;

    /** The Keycloak username of the member's staff account, when linked. */
    @Column(length = 255)
    public String username;

    @Column(columnDefinition = "text")
    public String tasks;

    @ElementCollection
    @CollectionTable(name = "committee_member_unit", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "unit_id")
    public Set<Long> unitIds = new TreeSet<>();

    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("memberId", id);
        fields.put("fullName", fullName);
        fields.put("position", position);
        fields.put("role", role);
        fields.put("since", since);
        fields.put("until", until);
        fields.put("username", username);
        fields.put("tasks", tasks);
        fields.put("unitIds", new TreeSet<>(unitIds));
        return fields;
    }
}
