package vn.coso.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.boards.BoardEnums.MemberRole;
import vn.coso.common.persistence.VersionedEntity;

import java.time.LocalDate;

/** A member of a board for a term, and the meeting that elected them. */
@Entity
@Table(name = "people_board_member")
public class BoardMember extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "board_id", nullable = false)
    public Long boardId;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MemberRole role;

    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "until")
    public LocalDate until;

    @Column(name = "elected_at", length = 500)
    public String electedAt;
}
