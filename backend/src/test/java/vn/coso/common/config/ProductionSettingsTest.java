package vn.coso.common.config;

import org.junit.jupiter.api.Test;
import vn.coso.common.i18n.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.common.config.ProductionSettings.ADMIN_CLIENT_SECRET;
import static vn.coso.common.config.ProductionSettings.ALLOW_HTTP_ISSUER;
import static vn.coso.common.config.ProductionSettings.AUTH_SERVER_URL;
import static vn.coso.common.config.ProductionSettings.DATASOURCE_PASSWORD;
import static vn.coso.common.config.ProductionSettings.DEMO_ENABLED;
import static vn.coso.common.config.ProductionSettings.TOKEN_ISSUER;

class ProductionSettingsTest {

    private static Map<String, String> production() {
        Map<String, String> config = new HashMap<>();
        config.put(ADMIN_CLIENT_SECRET, "Zq8v0b3d6w1mXhR4tN7kP2sY5cF9gJ0e");
        config.put(DATASOURCE_PASSWORD, "a-real-database-password");
        config.put(DEMO_ENABLED, "false");
        config.put(AUTH_SERVER_URL, "https://id.quangninh.gov.vn/realms/coso");
        return config;
    }

    private static List<String> refused(Map<String, String> config) {
        return ProductionSettings.check(name -> Optional.ofNullable(config.get(name))).stream()
                .map(ProductionSettings.Violation::setting).toList();
    }

    @Test
    void aProperProductionConfigurationPasses() {
        assertEquals(List.of(), refused(production()));
    }

    @Test
    void theDocumentedDevSecretsAreRefused() {
        Map<String, String> config = production();
        config.put(ADMIN_CLIENT_SECRET, "coso-staff-admin-dev-secret");
        assertEquals(List.of(ADMIN_CLIENT_SECRET), refused(config));
        config.put(ADMIN_CLIENT_SECRET, "coso-integration-dev-secret");
        assertEquals(List.of(ADMIN_CLIENT_SECRET), refused(config));
        config.remove(ADMIN_CLIENT_SECRET);
        assertEquals(List.of(ADMIN_CLIENT_SECRET), refused(config));
        config.put(ADMIN_CLIENT_SECRET, "another-secret-4f1c");
        config.put(DATASOURCE_PASSWORD, "coso");
        assertEquals(List.of(DATASOURCE_PASSWORD), refused(config));
    }

    @Test
    void demoDataIsRefused() {
        Map<String, String> config = production();
        config.put(DEMO_ENABLED, "true");
        assertEquals(List.of(DEMO_ENABLED), refused(config));
    }

    @Test
    void anIssuerOverPlainHttpIsRefusedUnlessExplicitlyAllowed() {
        Map<String, String> config = production();
        config.put(AUTH_SERVER_URL, "http://keycloak:8080/realms/coso");
        assertEquals(List.of(AUTH_SERVER_URL), refused(config));
        // The issuer in tokens is what counts: a back channel over the private network is fine.
        config.put(TOKEN_ISSUER, "https://id.quangninh.gov.vn/realms/coso");
        assertEquals(List.of(), refused(config));
        config.put(TOKEN_ISSUER, "HTTP://id.quangninh.gov.vn/realms/coso");
        assertEquals(List.of(TOKEN_ISSUER), refused(config));
        config.put(ALLOW_HTTP_ISSUER, "true");
        assertEquals(List.of(), refused(config));
    }

    @Test
    void everyMessageNamesItsSettingInBothLanguages() {
        Map<String, String> config = production();
        config.put(ADMIN_CLIENT_SECRET, "coso-staff-admin-dev-secret");
        config.put(DEMO_ENABLED, "true");
        config.put(AUTH_SERVER_URL, "http://localhost:8180/realms/coso");
        Messages messages = new Messages();
        List<ProductionSettings.Violation> violations = ProductionSettings.check(name -> Optional.ofNullable(config.get(name)));
        assertEquals(3, violations.size());
        for (ProductionSettings.Violation violation : violations) {
            for (var language : Messages.SUPPORTED) {
                String text = messages.text(language, violation.message());
                assertTrue(text.contains(violation.setting()), text);
                assertTrue(!text.equals(violation.message().key()), "bundle text for " + violation.message().key());
            }
        }
        assertTrue(messages.text(Messages.VIETNAMESE, "production.refused").startsWith("Coso không khởi động"));
    }
}
