package vn.coso.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every SQL statement Hibernate sends while a test is recording, whatever the thread:
 * {@code SqlStatements.during(() -> request)} answers the statements one request cost. The token
 * revocation list's refresh (TokenRevocations, a timer every few seconds shared by all requests)
 * is left out: it is no request's cost.
 */
@PersistenceUnitExtension
public class SqlStatements implements StatementInspector {

    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording && !sql.contains("token_revocation")) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
            }
        }
        return sql;
    }

    /** The statements sent while {@code action} ran (tests run one request at a time). */
    public static synchronized List<String> during(Runnable action) {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }
}
