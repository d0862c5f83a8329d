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
import vn.coso.units.Unit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** A draft of a unit put out for comment between two dates (lấy ý kiến dự thảo). */
@Entity
@Table(name = "consultation")
public class Consultation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ConsultationKind kind;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "draft_text", nullable = false, columnDefinition = "mediumtext")
    public String text;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ConsultationStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    ConsultationWindow window(LocalDate today) {
        return ConsultationWindow.of(opensOn, closesOn, today);
    }

    /** The fields whose changes the history keeps; the draft's text by its digest, not in full. */
    Map<String, Object> snapshot() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("textSha256", digest(text));
        fields.put("opensOn", opensOn);
        fields.put("closesOn", closesOn);
        fields.put("status", status);
        return fields;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
