package vn.coso.notifications;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The unsubscribe link names its address and cannot be forged for another one; no Quarkus needed. */
class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("secret-one");

    @Test
    void aTokenGivesBackItsAddressWhateverTheCase() {
        assertEquals(Optional.of("hoa@example.vn"), tokens.addressOf(tokens.tokenFor(" Hoa@Example.vn ")));
    }

    @Test
    void aTamperedOrForeignTokenGivesNothing() {
        String token = tokens.tokenFor("hoa@example.vn");
        String otherAddress = tokens.tokenFor("lan@example.vn").split("\\.")[0] + "." + token.split("\\.")[1];
        assertEquals(Optional.empty(), tokens.addressOf(otherAddress));
        assertEquals(Optional.empty(), new UnsubscribeTokens("secret-two").addressOf(token));
        assertEquals(Optional.empty(), tokens.addressOf("not-a-token"));
        assertEquals(Optional.empty(), tokens.addressOf("%%%.abc"));
        assertEquals(Optional.empty(), tokens.addressOf(null));
    }

    @Test
    void theStoredHashIsNotTheAddress() {
        assertEquals(64, UnsubscribeTokens.hash("hoa@example.vn").length());
        assertEquals(UnsubscribeTokens.hash("HOA@example.vn"), UnsubscribeTokens.hash("hoa@example.vn"));
        assertNotEquals(UnsubscribeTokens.hash("lan@example.vn"), UnsubscribeTokens.hash("hoa@example.vn"));
    }
}
