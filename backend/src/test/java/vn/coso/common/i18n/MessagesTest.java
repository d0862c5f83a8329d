package vn.coso.common.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void vietnameseIsTheDefaultAndEnglishIsChosenByAcceptLanguage() {
        assertEquals(Messages.VIETNAMESE, RequestLocale.fromHeader(null));
        assertEquals(Messages.VIETNAMESE, RequestLocale.fromHeader("fr-FR,fr;q=0.9"));
        assertEquals(Messages.ENGLISH, RequestLocale.fromHeader("en-US,en;q=0.9,vi;q=0.5"));
        assertEquals(Messages.VIETNAMESE, RequestLocale.fromHeader("vi-VN,vi;q=0.9,en;q=0.8"));
        assertEquals(Messages.VIETNAMESE, RequestLocale.fromHeader(";;;q=x"));
    }

    @Test
    void textsComeFromTheAreaBundleOrCommonWithArguments() {
        assertEquals("Không tìm thấy", messages.text(Messages.VIETNAMESE, "title.404"));
        assertEquals("Not found", messages.text(Locale.UK, "title.404"));
        assertEquals("3 trường không hợp lệ.", messages.text(Messages.VIETNAMESE, "validation.failed", 3));
        assertEquals("One field is invalid.", messages.text(Messages.ENGLISH, "validation.failed", 1));
    }

    @Test
    void anUnknownKeyIsWrittenAsItselfNeverAnException() {
        assertEquals("no.such.key", messages.text(Messages.VIETNAMESE, "no.such.key", 1));
    }
}
