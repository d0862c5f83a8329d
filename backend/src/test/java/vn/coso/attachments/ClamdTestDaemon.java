package vn.coso.attachments;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * A real ClamAV daemon from Debian's clamav-daemon package, on a free TCP port, with a signature database of
 * one entry: the EICAR test file's MD5 (what {@code sigtool --md5 eicar.txt} writes), so no download is needed.
 * scripts/test.sh installs the package; without it this fails, it does not skip.
 */
public class ClamdTestDaemon implements QuarkusTestResourceLifecycleManager {

    private static final Path CLAMD = Path.of("/usr/sbin/clamd");

    private Process process;
    private Path dir;

    @Override
    public Map<String, String> start() {
        if (!Files.isExecutable(CLAMD)) {
            throw new IllegalStateException("No " + CLAMD + ": install Debian's clamav-daemon "
                    + "(apt-get install -y clamav-daemon; scripts/test.sh does) to run the malware scanning tests");
        }
        try {
            dir = Files.createTempDirectory("coso-clamd-");
            Path db = Files.createDirectories(dir.resolve("db"));
            byte[] eicar = TestFiles.eicar();
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(eicar));
            Files.writeString(db.resolve("eicar.hdb"), md5 + ":" + eicar.length + ":Eicar-Test-Signature\n");
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path config = dir.resolve("clamd.conf");
            Files.writeString(config, String.join("\n",
                    "Foreground yes",
                    "TCPSocket " + port,
                    "TCPAddr 127.0.0.1",
                    "DatabaseDirectory " + db,
                    "LogFile " + dir.resolve("clamd.log"),
                    "PidFile " + dir.resolve("clamd.pid"),
                    "TemporaryDirectory " + dir,
                    "StreamMaxLength 40M",
                    "MaxThreads 4",
                    ""));
            process = new ProcessBuilder(CLAMD.toString(), "--config-file=" + config)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
            waitForPong(port);
            return Map.of("coso.attachments.clamd.host", "127.0.0.1", "coso.attachments.clamd.port", String.valueOf(port));
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("clamd did not start (see " + dir + ")", e);
        }
    }

    private void waitForPong(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("clamd exited: " + Files.readString(dir.resolve("clamd.out")));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                if (new String(in.readAllBytes(), StandardCharsets.US_ASCII).contains("PONG")) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("clamd did not answer PING within 120 s");
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A temp folder left behind does no harm.
            }
        }
    }
}
