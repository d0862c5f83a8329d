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
import java.util.Set;
import java.util.TreeSet;

/** A committee meeting: regular, thematic, or the year-end review conference (hội nghị tổng kết). */
@Entity
@Table(name = "committee_meeting")
public class Meeting extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "committee_id", nullable = false)
    public long committeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public MeetingKind kind;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(columnDefinition = "text")
    public String agenda;

    @Column(columnDefinition = "longtext")
    public String minutes;

    @ElementCollection
    @CollectionTable(name = "committee_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    public Set<Long> attendeeIds = new TreeSet<>();
}
