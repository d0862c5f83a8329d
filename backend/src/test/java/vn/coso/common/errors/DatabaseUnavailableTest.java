package vn.coso.common.errors;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures answer 503 database.unavailable rather than 500 (see bench/faults/mariadb-outage.sh). */
class DatabaseUnavailableTest {

    @Test
    void anUnreachableDatabaseOrAnExhaustedPoolIsUnavailable() {
        // What Agroal and Hibernate throw when no connection comes within the acquisition timeout.
        assertTrue(DatabaseUnavailable.causedBy(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"))));
        // The driver, when MariaDB is stopped (connection refused) or a pooled connection died.
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(
                new SQLNonTransientConnectionException("Socket fail to connect to host:address=(host=127.0.0.1)(port=3421)"))));
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("closed", new SQLException("x", "08S01"))));
        assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.causedBy(new GenericJDBCException("syntax",
                new SQLException("You have an error in your SQL syntax", "42000"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("Duplicate entry", "23000")));
    }
}
