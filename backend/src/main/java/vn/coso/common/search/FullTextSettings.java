package vn.coso.common.search;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads the database server's shortest indexed word ({@code innodb_ft_min_token_size}) once at
 * start: a server set to index shorter words (production may set 1, so that "Lê" or "Hà" are found
 * through the index) lets {@link FullTextWords} send them to the index, one set to a longer minimum
 * keeps them out of it (they would match nothing there). A server setting, the same for every instance.
 */
@ApplicationScoped
public class FullTextSettings {

    private static final Logger LOG = Logger.getLogger(FullTextSettings.class);

    private final AgroalDataSource dataSource;

    FullTextSettings(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent event) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT @@innodb_ft_min_token_size")) {
            if (rs.next()) {
                FullTextWords.minWordLength = Math.max(1, rs.getInt(1));
            }
        } catch (SQLException e) {
            LOG.warnf("Could not read innodb_ft_min_token_size (%s); full-text search assumes %d",
                    e.getMessage(), FullTextWords.minWordLength);
        }
    }
}
