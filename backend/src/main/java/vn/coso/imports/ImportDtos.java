package vn.coso.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Response bodies of the Imports API. */
public final class ImportDtos {

    private ImportDtos() {
    }

    @Schema(name = "ImportJob", description = "One import of one file: its state, progress and what it found. "
            + "Poll GET /api/v1/imports/{id} until `status` is SUCCEEDED or FAILED.")
    public record ImportJobResponse(
            @Schema(required = true) long id,
            @Schema(description = "units, party-organizations, party-members, regulations or trainings.") String kind,
            @Schema(description = "A dry run checks every row and writes nothing.") boolean dryRun,
            ImportStatus status,
            @Schema(nullable = true, description = "The pass a running job is in.") ImportPhase phase,
            FileFormat fileFormat,
            @Schema(description = "Bytes uploaded.") long fileSize,
            @Schema(nullable = true, description = "Data rows in the file (the header, empty rows and the template's "
                    + "unchanged example row not counted); known once the file has been read.") Integer totalRows,
            @Schema(description = "Rows done in the current phase; at the end, rows checked (or written).") int processedRows,
            @Schema(description = "Rows skipped: the template's example row, left unchanged.") int skippedRows,
            @Schema(description = "Rows that create (or, in a dry run, would create) a record.") int createCount,
            @Schema(description = "Rows that change an existing record, whose version goes up.") int updateCount,
            @Schema(description = "Rows whose record already has every value: nothing to write.") int unchangedCount,
            @Schema(description = "Problems found, all listed by GET /api/v1/imports/{id}/errors.") int errorCount,
            @Schema(nullable = true, description = "Headers of the file that name no column of this kind; ignored.")
            String ignoredColumns,
            @Schema(nullable = true, description = "Why the job failed, in one sentence.") String failure,
            String createdBy,
            Instant createdAt,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant finishedAt,
            @Schema(description = "When the job last showed progress.") Instant updatedAt) {
    }

    @Schema(name = "ImportError", description = "One problem in a file.")
    public record ImportErrorResponse(
            @Schema(description = "The row as the spreadsheet shows it; the header is usually row 1.", required = true)
            int row,
            @Schema(nullable = true, description = "The column as the file names it.") String column,
            @Schema(nullable = true, description = "The API field of the column.") String field,
            @Schema(nullable = true, description = "The cell's value.") String value,
            @Schema(required = true) String message) {
    }

    @Schema(name = "ImportRow", description = "What one data row does, or would do in a dry run.")
    public record ImportRowResponse(
            @Schema(required = true) int row,
            ImportAction action,
            @Schema(nullable = true, description = "The record's key: code, party card number, unit and number…")
            String label) {
    }
}
