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
import vn.coso.boards.BoardEnums.BudgetSource;
import vn.coso.boards.BoardEnums.ProjectStage;
import vn.coso.common.persistence.VersionedEntity;

import java.time.LocalDate;

/** An inspection, supervision, investment supervision or social critique a board carried out. */
@Entity
@Table(name = "people_board_activity")
public class BoardActivity extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    public Board board;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ActivityKind kind;

    /** What or whom it looked at. */
    @Column(nullable = false, length = 500)
    public String subject;

    @Column(length = 4000)
    public String content;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(length = 4000)
    public String findings;

    @Column(name = "project_name", length = 500)
    public String projectName;

    @Column(name = "project_investor", length = 500)
    public String projectInvestor;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_source", length = 32)
    public BudgetSource budgetSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "project_stage", length = 32)
    public ProjectStage projectStage;

    /** The consultation whose draft a social critique answers. */
    @Column(name = "consultation_id")
    public Long consultationId;
}
