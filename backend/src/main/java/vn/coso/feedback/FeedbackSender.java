package vn.coso.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who sent a feedback and how to reach them, kept with their consent and shown to admins only. */
@Entity
@Table(name = "feedback_sender")
public class FeedbackSender extends PanacheEntityBase {

    @Id
    @Column(name = "feedback_id")
    public Long feedbackId;

    @Column(length = 200)
    public String name;

    @Column(length = 32)
    public String phone;

    @Column(length = 254)
    public String email;

    @Column(name = "consented_at", nullable = false)
    public Instant consentedAt;

    /** Never the values: this may end up in a log line. */
    @Override
    public String toString() {
        return "FeedbackSender[feedback " + feedbackId + "]";
    }
}
