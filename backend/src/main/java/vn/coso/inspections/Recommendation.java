package vn.coso.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.coso.inspections.InspectionEnums.RecommendationStatus;
import vn.coso.units.Unit;

import java.time.LocalDate;

/** Kiến nghị of a conclusion, followed up until done. */
@Entity
@Table(name = "inspection_recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inspection_id", nullable = false)
    public Long inspectionId;

    @Column(nullable = false, length = 2000)
    public String content;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_unit_id")
    public Unit responsibleUnit;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "done_on")
    public LocalDate doneOn;

    /** What shows it was done (the document, the minutes), recorded with the follow-up. */
    @Column(length = 2000)
    public String evidence;

    @Version
    public long version;

    /** OVERDUE is computed from the due date, never stored. */
    public RecommendationStatus status(LocalDate today) {
        if (doneOn != null) {
            return RecommendationStatus.DONE;
        }
        return dueDate.isBefore(today) ? RecommendationStatus.OVERDUE : RecommendationStatus.OPEN;
    }
}
