package vn.coso.webhooks;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where webhooks may go: not to this machine, the private network, link-local addresses or a cloud's
 * metadata service (server-side request forgery: a subscriber must not make Coso call its neighbours).
 * Checked when a subscription is made and again before every attempt, on every address the name resolves
 * to. {@code coso.webhooks.allowed-hosts} lets named hosts or addresses through (tests, local runs).
 */
@ApplicationScoped
public class WebhookTargets {

    /** A target Coso will not call; the message names the host. */
    public static final class RefusedTarget extends RuntimeException {
        RefusedTarget(String message) {
            super(message);
        }
    }

    private static final Set<String> METADATA_NAMES = Set.of("metadata", "metadata.google.internal",
            "metadata.goog", "instance-data", "instance-data.ec2.internal");

    private final Set<String> allowed;

    WebhookTargets(WebhookConfig config) {
        this.allowed = config.allowedHosts().orElse(List.of()).stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Throws {@link RefusedTarget} when the URL's host is, or resolves to, an inner address. */
    public void requirePublic(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw new RefusedTarget("no host");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowed.contains(host)) {
            return;
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || METADATA_NAMES.contains(host)) {
            throw new RefusedTarget(host);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            // Not resolvable now: nothing to refuse yet; the attempt checks again (and fails if still unknown).
            return;
        }
        for (InetAddress address : addresses) {
            if (isInner(address) && !allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                throw new RefusedTarget(host + " (" + address.getHostAddress() + ")");
            }
        }
    }

    /** Loopback, unspecified, private, shared (carrier-grade NAT), link-local (cloud metadata), unique-local, multicast. */
    static boolean isInner(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local (fd00:ec2::254 is a metadata address); ::ffff:a.b.c.d mapped IPv4 is seen as IPv4 by Java.
            return (b[0] & 0xfe) == 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // 0.0.0.0/8 "this network"
                || (first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10, also 100.100.100.200 (metadata)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || first >= 240; // reserved and broadcast
    }
}
