package vn.coso.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which addresses a webhook may not call (server-side request forgery). Plain JUnit. */
class WebhookTargetsTest {

    @Test
    void innerAddressesAreRecognised() throws UnknownHostException {
        for (String inner : List.of("127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
                "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "224.0.0.1", "255.255.255.255",
                "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::5", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                "2130706433")) {
            assertTrue(WebhookTargets.isInner(InetAddress.getByName(inner)), inner);
        }
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        for (String outer : List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "203.113.131.1",
                "2001:4860:4860::8888")) {
            assertFalse(WebhookTargets.isInner(InetAddress.getByName(outer)), outer);
        }
    }
}
