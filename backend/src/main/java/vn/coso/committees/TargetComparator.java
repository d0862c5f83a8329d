package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a figure is held against a target's threshold: at least (GE) or at most (LE). */
@Schema(name = "TargetComparator")
public enum TargetComparator {
    GE, LE
}
