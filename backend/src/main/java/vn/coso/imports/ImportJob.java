package vn.coso.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One import of one file: what was asked, how far it got, what it found. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String kind;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public ImportPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 8)
    public FileFormat fileFormat;

    @Column(name = "file_size", nullable = false)
    public long fileSize;

    @Column(name = "total_rows")
    public Integer totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(name = "skipped_rows", nullable = false)
    public int skippedRows;

    @Column(name = "create_count", nullable = false)
    public int createCount;

    @Column(name = "update_count", nullable = false)
    public int updateCount;

    @Column(name = "unchanged_count", nullable = false)
    public int unchangedCount;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(name = "ignored_columns", length = 1000)
    public String ignoredColumns;

    @Column(length = 1000)
    public String failure;

    /** The language of the request that started the job: its report is written in it. */
    @Column(nullable = false, length = 8)
    public String language = "vi";

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "instance_id", nullable = false, length = 64)
    public String instanceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;
}
