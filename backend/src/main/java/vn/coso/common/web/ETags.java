package vn.coso.common.web;

import vn.coso.common.errors.ProblemException;

/** A record's ETag is its version number; If-Match may carry it quoted, weak or bare. */
public final class ETags {

    private ETags() {
    }

    public static Long versionOf(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "if-match.invalid");
        }
    }
}
