package vn.coso.imports;

import vn.coso.imports.ImportDtos.ImportErrorResponse;
import vn.coso.imports.ImportDtos.ImportJobResponse;
import vn.coso.imports.ImportDtos.ImportRowResponse;

final class ImportMapper {

    private ImportMapper() {
    }

    static ImportJobResponse toResponse(ImportJob job) {
        return new ImportJobResponse(job.id, job.kind, job.dryRun, job.status, job.phase, job.fileFormat, job.fileSize,
                job.totalRows, job.processedRows, job.skippedRows, job.createCount, job.updateCount, job.unchangedCount,
                job.errorCount, job.ignoredColumns, job.failure, job.createdBy, job.createdAt, job.startedAt,
                job.finishedAt, job.heartbeatAt);
    }

    static ImportErrorResponse toResponse(ImportJobError error) {
        return new ImportErrorResponse(error.row, error.column, error.field, error.value, error.message);
    }

    static ImportRowResponse toResponse(ImportJobRow row) {
        return new ImportRowResponse(row.row, row.action, row.label);
    }
}
