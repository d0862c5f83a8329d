package vn.coso.conferences;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * An agenda item of a village meeting, decided by the households (dân quyết). Votes are counted in
 * households; the item is decided when the meeting was valid and more than half of all the
 * village's households agreed (Luật Thực hiện dân chủ ở cơ sở 2022, điều 22–23).
 */
@Embeddable
public class ConferenceItem {

    /** How the households decided (biểu quyết công khai, bỏ phiếu kín, lấy chữ ký hộ gia đình). */
    public enum DecidedBy { SHOW_OF_HANDS, BALLOT, HOUSEHOLD_SIGNATURES }

    /** What households give to carry the decision out: dân làm. */
    public enum Contribution { NONE, MONEY, WORK }

    @Column(nullable = false, length = 1000)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by", nullable = false, length = 32)
    public DecidedBy decidedBy;

    @Column(name = "votes_for", nullable = false)
    public int votesFor;

    @Column(name = "votes_against", nullable = false)
    public int votesAgainst;

    @Column(name = "votes_abstain", nullable = false)
    public int votesAbstain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Contribution contribution = Contribution.NONE;

    @Column(nullable = false)
    public boolean recognised;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** More than half of all the households agreed (not only of those present). */
    boolean agreedByMajorityOf(int householdsTotal) {
        return 2L * votesFor > householdsTotal;
    }
}
