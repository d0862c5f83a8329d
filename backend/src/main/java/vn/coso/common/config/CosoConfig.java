package vn.coso.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Coso's own settings (prefix {@code coso}); production values come from environment variables. */
@ConfigMapping(prefix = "coso")
public interface CosoConfig {

    Demo demo();

    interface Demo {
        /** Load the Quảng Ninh demo data at start (idempotent). Env: COSO_DEMO_ENABLED. */
        @WithDefault("false")
        boolean enabled();
    }
}
