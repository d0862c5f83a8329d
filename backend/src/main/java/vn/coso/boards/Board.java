package vn.coso.boards;

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

import java.time.LocalDate;

/** A people's inspection board, a community investment supervision board or a Fatherland Front committee, for a term. */
@Entity
@Table(name = "people_board")
public class Board extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public BoardKind kind;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(name = "term_from", nullable = false)
    public LocalDate termFrom;

    @Column(name = "term_to")
    public LocalDate termTo;

    /** The meeting or decision that set it up (e.g. "Hội nghị đại biểu Nhân dân xã ngày 15/3/2024"). */
    @Column(name = "elected_at", length = 500)
    public String electedAt;

    public boolean servesOn(LocalDate day) {
        return !day.isBefore(termFrom) && (termTo == null || !day.isAfter(termTo));
    }
}
