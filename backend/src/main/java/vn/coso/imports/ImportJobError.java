package vn.coso.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One problem found in a file; written in batches by the runner, read through the API. */
@Entity
@Table(name = "import_job_error")
public class ImportJobError extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id", nullable = false)
    public long jobId;

    @Column(name = "sheet_row", nullable = false)
    public int row;

    @Column(length = 64)
    public String field;

    @Column(name = "column_name")
    public String column;

    @Column(name = "cell_value", length = 500)
    public String value;

    @Column(nullable = false, length = 1000)
    public String message;
}
