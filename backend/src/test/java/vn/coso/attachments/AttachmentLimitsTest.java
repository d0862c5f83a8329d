package vn.coso.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;
import vn.coso.testing.Tokens;
import vn.coso.units.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.attachments.AttachmentClient.submitFeedback;
import static vn.coso.attachments.AttachmentClient.upload;

/**
 * The limits where a plain request cannot see them: a chunked upload (no Content-Length) cut at the size limit,
 * and the per-record count under concurrent uploads (two instances' worth of requests at once).
 */
@QuarkusTest
class AttachmentLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestUnits units;

    @Inject
    EntityManager em;

    Unit bachDang;

    @BeforeEach
    void tree() {
        bachDang = units.bachDang();
    }

    private long newFeedback() {
        String code = submitFeedback(PublicClient.fresh(), bachDang.id);
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT id FROM feedback WHERE tracking_code = ?1")
                .setParameter(1, code.replace("-", "")).getSingleResult()).longValue());
    }

    private long storedFiles(long ownerId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM attachment WHERE owner_kind = 'feedback' AND owner_id = ?1")
                .setParameter(1, ownerId).getSingleResult()).longValue());
    }

    /** A PDF no other upload has: the same header, a comment of its own. */
    private static byte[] distinctPdf() {
        byte[] pdf = TestFiles.pdf();
        byte[] tail = ("% " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[pdf.length + tail.length];
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        System.arraycopy(tail, 0, out, pdf.length, tail.length);
        return out;
    }

    @Test
    void aChunkedUploadOverTheLimitEndsWith413ProblemInVietnameseAndStoresNothing() throws Exception {
        long feedback = newFeedback();

        Answer vi = chunkedUpload(feedback, 30 * 1024 * 1024, null);
        assertEquals(413, vi.status, vi.head);
        assertTrue(vi.head.toLowerCase().contains("content-type: application/problem+json"), vi.head);
        JsonNode problem = JSON.readTree(vi.body);
        assertEquals(413, problem.get("status").asInt());
        assertEquals("attachment.file.too-large", problem.get("code").asText());
        assertTrue(problem.get("detail").asText().startsWith("Tệp lớn hơn 20 MB"), vi.body);

        Answer en = chunkedUpload(feedback, 30 * 1024 * 1024, "en");
        assertEquals(413, en.status, en.head);
        assertTrue(JSON.readTree(en.body).get("detail").asText().contains("20 MB"), en.body);
        assertTrue(!JSON.readTree(en.body).get("detail").asText().startsWith("Tệp"), en.body);

        assertEquals(0, storedFiles(feedback));
    }

    @Test
    void aChunkedUploadWithinTheLimitIsStored() throws Exception {
        long feedback = newFeedback();
        Answer ok = chunkedUpload(feedback, 2 * 1024 * 1024, null);
        assertEquals(201, ok.status, ok.head + ok.body);
        assertEquals(1, storedFiles(feedback));
    }

    @Test
    void concurrentUploadsNeverPassTheRecordsFileCount() throws Exception {
        long feedback = newFeedback();
        // 20 files a record (the default): 18 already there, 8 arrive at once; exactly 2 may pass.
        for (int i = 0; i < 18; i++) {
            upload("officer.bachdang", "feedback", feedback, "bien-ban-" + i + ".pdf", distinctPdf(), null)
                    .then().statusCode(201);
        }
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                byte[] pdf = distinctPdf();
                String name = "dong-thoi-" + i + ".pdf";
                answers.add(pool.submit(() -> {
                    start.await();
                    return upload("officer.bachdang", "feedback", feedback, name, pdf, null).statusCode();
                }));
            }
            start.countDown();
            int created = 0;
            int refused = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get(60, TimeUnit.SECONDS);
                if (status == 201) {
                    created++;
                } else if (status == 422) {
                    refused++;
                }
            }
            assertEquals(2, created);
            assertEquals(clients - 2, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, storedFiles(feedback));
    }

    private record Answer(int status, String head, String body) {
    }

    /**
     * A multipart upload of a PDF of {@code size} bytes sent with {@code Transfer-Encoding: chunked}, as a client
     * that does not know the length in advance; the writer stops when the server has answered and closed.
     */
    private static Answer chunkedUpload(long feedback, int size, String language) throws Exception {
        String boundary = "coso" + UUID.randomUUID().toString().replace("-", "");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/v1/attachments/feedback/" + feedback + " HTTP/1.1\r\n"
                    + "Host: localhost:" + RestAssured.port + "\r\n"
                    + "Authorization: Bearer " + Tokens.of("officer.bachdang") + "\r\n"
                    + (language == null ? "" : "Accept-Language: " + language + "\r\n")
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    chunk(out, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"lon.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    byte[] pdf = TestFiles.pdf();
                    chunk(out, pdf);
                    byte[] filler = new byte[64 * 1024];
                    java.util.Arrays.fill(filler, (byte) '\n');
                    for (long sent = pdf.length; sent < size; sent += filler.length) {
                        chunk(out, filler);
                    }
                    chunk(out, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // The server answered and closed before the end: what a cut upload looks like.
                }
            });
            writer.start();
            Answer answer = readAnswer(socket.getInputStream());
            writer.join(60_000);
            return answer;
        }
    }

    private static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                break;
            }
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headText.split(" ", 3)[1]);
        String lower = headText.toLowerCase();
        byte[] body;
        int at = lower.indexOf("content-length:");
        if (at >= 0) {
            int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
            body = in.readNBytes(length);
        } else if (lower.contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line(in);
                int length = Integer.parseInt(sizeLine.trim(), 16);
                if (length == 0) {
                    break;
                }
                all.write(in.readNBytes(length));
                line(in);
            }
            body = all.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headText, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }
}
