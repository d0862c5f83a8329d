package vn.coso.modelpractices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import vn.coso.common.persistence.VersionedEntity;
import vn.coso.units.Unit;

import java.util.HashSet;
import java.util.Set;

/** A model practice (mô hình điển hình) recognised in a unit, and the units that replicated it. */
@Entity
@Table(name = "model_practice")
public class ModelPractice extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Column(name = "recognized_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(length = 4000)
    public String description;

    /** Where it was replicated (nhân rộng). Loaded for a page of practices at once. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "model_practice_replication",
            joinColumns = @JoinColumn(name = "model_practice_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @BatchSize(size = 50)
    public Set<Unit> replicatedIn = new HashSet<>();
}
