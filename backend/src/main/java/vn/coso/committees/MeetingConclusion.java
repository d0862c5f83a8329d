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

/**
 * A meeting's conclusion (kết luận). A TASK that answers a shortcoming is that shortcoming's remedy
 * ({@link #remedyId}), whose status lives on the remedy; a SHORTCOMING names one ({@link #shortcomingId}).
 */
@Entity
@Table(name = "committee_conclusion")
public class MeetingConclusion extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "meeting_id", nullable = false)
    public long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ConclusionKind kind;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(length = 500)
    public String owner;

    @Column(name = "unit_id")
    public Long unitId;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public TaskStatus status;

    @Column(name = "shortcoming_id")
    public Long shortcomingId;

    @Column(name = "remedy_id")
    public Long remedyId;
}
