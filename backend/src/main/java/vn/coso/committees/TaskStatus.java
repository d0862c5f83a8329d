package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The status of a plan's task, a meeting's task or a remedy. */
@Schema(name = "CommitteeTaskStatus")
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED
}
