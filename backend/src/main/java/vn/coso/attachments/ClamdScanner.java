package vn.coso.attachments;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * ClamAV's daemon over TCP, command {@code zINSTREAM}: the file goes in chunks, each preceded by its length
 * (4 bytes, network order), then a zero length; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}.
 */
final class ClamdScanner {

    /** clamd found a signature. */
    record Verdict(boolean clean, String signature) {
    }

    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** Scans the file; IOException when clamd cannot be reached or answers something else. */
    Verdict scan(Path file) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            String reply = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.US_ASCII)
                    .replace("\0", "").trim();
            if (reply.endsWith(" OK")) {
                return new Verdict(true, null);
            }
            if (reply.endsWith(" FOUND")) {
                String signature = reply.substring(reply.indexOf(':') + 1, reply.length() - " FOUND".length()).trim();
                return new Verdict(false, signature);
            }
            throw new IOException("clamd answered: " + reply);
        }
    }
}
