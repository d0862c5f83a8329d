package vn.coso.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** What one data row of a file does; written in batches by the runner, read through the API. */
@Entity
@Table(name = "import_job_row")
@IdClass(ImportJobRow.Key.class)
public class ImportJobRow extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public long jobId;

    @Id
    @Column(name = "sheet_row")
    public int row;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportAction action;

    public String label;

    public static class Key implements Serializable {
        public long jobId;
        public int row;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.jobId == jobId && key.row == row;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(jobId) * 31 + row;
        }
    }
}
