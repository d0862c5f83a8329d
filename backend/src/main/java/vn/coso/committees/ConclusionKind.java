package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a meeting's conclusion is: a decision, a task, or a shortcoming it names. */
@Schema(name = "CommitteeConclusionKind")
public enum ConclusionKind {
    DECISION, TASK, SHORTCOMING
}
