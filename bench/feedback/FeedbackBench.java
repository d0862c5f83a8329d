import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public feedback submissions per second: CONCURRENCY workers post feedback as fast as the backend
 * answers, each request with its own Idempotency-Key (as the portal sends) and from one of CLIENTS
 * client addresses (X-Forwarded-For), first WARMUP seconds unmeasured, then SECONDS measured.
 * Every tenth accepted submission is sent again with the same key, as a portal retrying after a lost
 * answer does: the retry must not make a second feedback. The last line gives the submissions accepted
 * in all (warm-up included, retries not) for run.sh to count against the rows in the database.
 * Usage: java FeedbackBench.java BASE_URL SECONDS CONCURRENCY CLIENTS WARMUP
 */
public class FeedbackBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Accepted first sends over both runs, and retries answered as the first send was. */
    static final AtomicLong ACCEPTED_IN_ALL = new AtomicLong();
    static final AtomicLong RETRIES = new AtomicLong();
    static final AtomicLong RETRIES_REPLAYED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        List<Long> unitIds = units(base);
        System.out.printf("BENCH %d units to write about, %d workers, %d client addresses%n", unitIds.size(), concurrency, clients);

        run(base, unitIds, warmup, concurrency, clients, false);
        run(base, unitIds, seconds, concurrency, clients, true);
        System.out.printf("BENCH retries with the same key: %d, answered 201 again: %d%n", RETRIES.get(), RETRIES_REPLAYED.get());
        System.out.printf("BENCH accepted in all: %d%n", ACCEPTED_IN_ALL.get());
    }

    static void run(String base, List<Long> unitIds, int seconds, int concurrency, int clients, boolean report)
            throws Exception {
        AtomicLong accepted = new AtomicLong();
        Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long unitId = unitIds.get(random.nextInt(unitIds.size()));
                    String body = "{\"unitId\":" + unitId + ",\"right\":\"SUPERVISE\",\"title\":\"Phản ánh thử tải "
                            + random.nextInt(1_000_000) + "\",\"text\":\"Đường thôn xuống cấp, đề nghị xã công khai dự toán "
                            + "sửa chữa và lấy ý kiến người dân.\",\"senderName\":\"Nguyễn Văn Thử\","
                            + "\"senderPhone\":\"0912345678\",\"consent\":true}";
                    String key = UUID.randomUUID().toString();
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/feedback"))
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .header("X-Forwarded-For", "10.0." + (random.nextInt(clients) / 250) + "." + (1 + random.nextInt(clients) % 250))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long started = System.nanoTime();
                    try {
                        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        latencies.add(System.nanoTime() - started);
                        byStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status == 201) {
                            ACCEPTED_IN_ALL.incrementAndGet();
                            if (accepted.incrementAndGet() % 10 == 0) {
                                RETRIES.incrementAndGet();
                                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                                    RETRIES_REPLAYED.incrementAndGet();
                                }
                            }
                        }
                    } catch (Exception e) {
                        byStatus.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        if (!report) {
            System.out.printf("BENCH warm-up: %d accepted in %d s%n", accepted.get(), seconds);
            return;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH accepted %d in %d s = %.1f submissions/s; statuses %s%n",
                accepted.get(), seconds, accepted.get() / (double) seconds, byStatus);
        System.out.printf("BENCH latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0));
    }

    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    /** The ids of the communes the portal's picker finds for "phường" and "xã". */
    static List<Long> units(String base) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String q : List.of("phường", "xã")) {
            String url = base + "/api/v1/public/units?size=200&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            String json = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("No units found: is the demo data loaded?");
        }
        return ids;
    }
}
