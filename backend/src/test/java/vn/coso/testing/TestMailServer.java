package vn.coso.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free local port for the test run; the backend's mailer points at
 * it and tests read back what it received.
 */
public class TestMailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    /** A mail as a reader sees it. */
    public record Received(String to, String subject, String body, String messageId) {
    }

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()));
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received for this address, oldest first. */
    public static List<Received> to(String address) {
        return Arrays.stream(server.getReceivedMessagesForDomain(address)).map(m -> read(address, m)).toList();
    }

    private static Received read(String address, MimeMessage m) {
        try {
            Object content = m.getContent();
            return new Received(address, m.getSubject(), content.toString(), m.getMessageID());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
