package vn.coso.webhooks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature of the Standard Webhooks specification's example, without booting Quarkus. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsLikeTheSpecificationsExample() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void verifiesOneOfSeveralSignaturesAndRejectsATamperedBody() {
        String header = "v1,bm9wZQ== " + WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertTrue(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY.replace('4', '5'), header));
        assertFalse(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, header));
    }

    @Test
    void newSecretsAreWhsecAndDiffer() {
        String a = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_") && a.length() > 40);
        assertFalse(a.equals(WebhookSignature.newSecret()));
    }
}
