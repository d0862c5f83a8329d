package vn.coso.common.web;

import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;

/** Optimistic locking of PUTs: the body's version (409 when stale) and If-Match (412). */
public final class Versions {

    private Versions() {
    }

    public static void check(Msg what, long current, Long requested, Long ifMatch) {
        if (requested == null) {
            throw ProblemException.invalidField("version", "version.required");
        }
        if (ifMatch != null && ifMatch != current) {
            throw ProblemException.of(412, "version.precondition-failed", String.valueOf(ifMatch), what,
                    String.valueOf(current));
        }
        if (requested != current) {
            throw ProblemException.staleVersion(what, current);
        }
    }
}
