package vn.coso.consultations;

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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A comment on a consultation's draft and the unit's answer to it. The author's name and contact
 * are kept only with their consent and shown only to admin (PRODUCT.md, protection of people who
 * speak up).
 */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false)
    public Consultation consultation;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "author_phone", length = 32)
    public String authorPhone;

    @Column(name = "author_email")
    public String authorEmail;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public CommentOutcome outcome;

    @Column(length = 4000)
    public String explanation;

    @Column(name = "answered_at")
    public Instant answeredAt;

    boolean hasAuthor() {
        return authorName != null || authorPhone != null || authorEmail != null;
    }

    /** The answer as the consultation's history keeps it, under this comment's id. */
    Map<String, Object> answerSnapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("comments." + id + ".outcome", outcome);
        fields.put("comments." + id + ".explanation", explanation);
        return fields;
    }
}
