package vn.coso.common.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means that the database cannot be reached (stopped, restarting, the network
 * gone, the connection pool unable to lend a connection in time) rather than a bug: those answer
 * 503 {@code database.unavailable} with Retry-After, and the service recovers by itself when the
 * database is back (the pool makes new connections).
 */
public final class DatabaseUnavailable {

    /** Agroal's message when no connection could be had within quarkus.datasource.jdbc.acquisition-timeout. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (e instanceof SQLException sql) {
                // SQLState class 08: connection exception.
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().toLowerCase().contains(ACQUISITION_TIMEOUT)) {
                    return true;
                }
            }
        }
        return false;
    }
}
