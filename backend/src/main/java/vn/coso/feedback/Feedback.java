package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
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
import vn.coso.feedback.FeedbackEnums.Channel;
import vn.coso.feedback.FeedbackEnums.Priority;
import vn.coso.feedback.FeedbackEnums.RejectReason;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.feedback.FeedbackEnums.Type;
import vn.coso.units.Unit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A feedback about a unit and its handling. The sender, if any, is a {@link FeedbackSender}. */
@Entity
@Table(name = "feedback")
public class Feedback extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tracking_code", nullable = false, length = 10)
    public String trackingCode;

    /** The unit the feedback is about, whose scope it belongs to. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "democracy_right", nullable = false, length = 16)
    public DemocracyRight right;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Channel channel;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    @Column(nullable = false)
    public boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Priority priority;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledge_due_at", nullable = false)
    public Instant acknowledgeDueAt;

    @Column(name = "answer_due_at", nullable = false)
    public Instant answerDueAt;

    /** The unit handling it, when assigned; it sees the feedback too. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_unit_id")
    public Unit assignedUnit;

    @Column(length = 255)
    public String assignee;

    @Column(columnDefinition = "text")
    public String answer;

    @Column(name = "answer_published", nullable = false)
    public boolean answerPublished;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason", length = 32)
    public RejectReason rejectReason;

    @Column(name = "reject_note", length = 1000)
    public String rejectNote;

    public Integer rating;

    @Column(name = "rating_comment", length = 1000)
    public String ratingComment;

    @Column(name = "rated_at")
    public Instant ratedAt;

    @Column(name = "recorded_by", length = 255)
    public String recordedBy;

    /** 0, 1 (told the parent unit's officers) or 2 (told the province's): written by FeedbackEscalation only. */
    @Column(name = "escalation_level", nullable = false, insertable = false, updatable = false)
    public int escalationLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "escalated_to_unit_id", insertable = false, updatable = false)
    public Unit escalatedToUnit;

    @Column(name = "escalated_at", insertable = false, updatable = false)
    public Instant escalatedAt;

    public boolean isOverdue(Instant now) {
        return status.isOpen() && (now.isAfter(answerDueAt)
                || (status == Status.RECEIVED && now.isAfter(acknowledgeDueAt)));
    }

    /** The fields kept in the history, in API terms. Never the sender: the history is read by officers. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", status);
        fields.put("priority", priority);
        fields.put("unit", unit == null ? null : unit.code);
        fields.put("assignedUnit", assignedUnit == null ? null : assignedUnit.code);
        fields.put("assignee", assignee);
        fields.put("acknowledgeDueAt", acknowledgeDueAt);
        fields.put("answerDueAt", answerDueAt);
        fields.put("answer", answer);
        fields.put("answerPublished", answerPublished);
        fields.put("rejectReason", rejectReason);
        fields.put("rejectNote", rejectNote);
        fields.put("rating", rating);
        fields.put("ratingComment", ratingComment);
        return fields;
    }
}
