package vn.coso.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A board's recommendation (kiến nghị) to the unit concerned, with that unit's answer. */
@Entity
@Table(name = "people_board_recommendation")
public class BoardRecommendation extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "activity_id", nullable = false)
    public Long activityId;

    @Column(nullable = false, length = 2000)
    public String content;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "addressed_to_id", nullable = false)
    public Unit addressedTo;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(length = 4000)
    public String answer;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    /** Past its due day without an answer. */
    public boolean overdueOn(LocalDate day) {
        return answeredOn == null && dueOn.isBefore(day);
    }
}
