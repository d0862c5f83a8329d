package vn.coso.common.abuse;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address of the client that sent the current request, as Quarkus sees it (with
 * {@code quarkus.http.proxy.proxy-address-forwarding} behind a trusted proxy, the forwarded one).
 */
@ApplicationScoped
public class ClientAddress {

    static final String UNKNOWN = "unknown";

    private final CurrentVertxRequest request;

    public ClientAddress(CurrentVertxRequest request) {
        this.request = request;
    }

    /**
     * The client's IPv4 address, or the /64 network of an IPv6 one: a phone on IPv6 changes its
     * address within its /64 at will, so one client is one /64.
     */
    public String current() {
        RoutingContext context = request.getCurrent();
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        if (remote == null || remote.hostAddress() == null) {
            return UNKNOWN;
        }
        return networkOf(remote.hostAddress());
    }

    static String networkOf(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
                }
                return prefix.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
