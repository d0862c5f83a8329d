package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target's progress: computed from the records, never typed. */
@Schema(name = "TargetStatus")
public enum TargetStatus {
    ON_TRACK, AT_RISK, MET, MISSED
}
