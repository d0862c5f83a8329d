package vn.coso.common.web;

import vn.coso.common.errors.ProblemException;

/** Optimistic locking of PUTs: the body's version (409 when stale) and If-Match (412). */
public final class Versions {

    private Versions() {
    }

    public static void check(String what, long current, Long requested, Long ifMatch) {
        if (requested == null) {
            throw ProblemException.invalid("version", "is required: send the version you read");
        }
        if (ifMatch != null && ifMatch != current) {
            throw new ProblemException(412, "version.precondition-failed", "Precondition failed",
                    "If-Match names version " + ifMatch + " but " + what + " is at version " + current + ".", null);
        }
        if (requested != current) {
            throw ProblemException.staleVersion(what, current);
        }
    }
}
