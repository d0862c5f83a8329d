package vn.coso.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

import java.time.LocalDate;

/** One day that differs from the usual week: a public holiday, or a Saturday worked (làm bù). */
@Entity
@Table(name = "holiday")
public class Holiday extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public HolidayKind kind;

    @Column(nullable = false)
    public String name;
}
