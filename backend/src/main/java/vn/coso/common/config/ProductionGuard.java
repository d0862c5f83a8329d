package vn.coso.common.config;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import vn.coso.common.i18n.Messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Stops the backend at start in the {@code prod} profile (the packaged app's default) when a setting
 * of {@link ProductionSettings} is wrong, naming each one. Local runs of the packaged app
 * (scripts/run.sh, the browser tests, the benchmarks, the demo compose file) use the profile
 * {@code local}, which allows the DEV values. Observes the start before anything else does, so the
 * demo data is never loaded into a production database.
 */
@ApplicationScoped
class ProductionGuard {

    private static final Logger LOG = Logger.getLogger(ProductionGuard.class);

    private final Config config;
    private final Messages messages;

    ProductionGuard(Config config, Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        List<String> profiles = config.unwrap(SmallRyeConfig.class).getProfiles();
        if (!profiles.contains("prod")) {
            return;
        }
        List<ProductionSettings.Violation> violations = ProductionSettings.check(name -> config.getOptionalValue(name, String.class));
        if (violations.isEmpty()) {
            return;
        }
        String text = violations.stream()
                .map(v -> "- " + messages.text(Messages.VIETNAMESE, v.message()) + "\n  " + messages.text(Messages.ENGLISH, v.message()))
                .collect(Collectors.joining("\n"));
        String message = messages.text(Messages.VIETNAMESE, "production.refused") + " / "
                + messages.text(Messages.ENGLISH, "production.refused") + "\n" + text;
        LOG.error(message);
        throw new IllegalStateException(message);
    }
}
