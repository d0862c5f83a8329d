package vn.coso.webhooks;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A webhook receiver on a random local port that keeps what it got and answers the statuses it is told. */
final class TestReceiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private volatile int defaultStatus = 200;

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                var headers = exchange.getRequestHeaders();
                received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            int status;
            synchronized (statuses) {
                status = statuses.isEmpty() ? defaultStatus : statuses.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    TestReceiver answering(Integer... next) {
        synchronized (statuses) {
            statuses.addAll(List.of(next));
        }
        return this;
    }

    TestReceiver answeringAlways(int status) {
        defaultStatus = status;
        return this;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static Map<String, Object> subscription(String url, List<String> types, Long unitId) {
        var body = new java.util.HashMap<String, Object>();
        body.put("url", url);
        body.put("eventTypes", types);
        if (unitId != null) {
            body.put("unitId", unitId);
        }
        return body;
    }
}
