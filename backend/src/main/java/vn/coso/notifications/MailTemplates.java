package vn.coso.notifications;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Messages;

import java.util.Locale;
import java.util.Map;

/**
 * Mails in the recipient's language: the body from a Qute template {@code templates/mail/<name>-<vi|en>.txt},
 * the subject from the {@code notification} bundle ({@code notification.mail.<name>.subject}).
 */
@ApplicationScoped
class MailTemplates {

    record Rendered(String subject, String body) {
    }

    private final Engine engine;
    private final Messages messages;

    MailTemplates(Engine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    Rendered render(String name, Locale locale, Map<String, Object> data, Object... subjectArgs) {
        Locale language = Messages.supported(locale);
        String suffix = language.getLanguage().equals("en") ? "en" : "vi";
        Template template = engine.getTemplate("mail/" + name + "-" + suffix);
        if (template == null) {
            throw new IllegalStateException("No mail template " + name + "-" + suffix);
        }
        var instance = template.instance();
        data.forEach(instance::data);
        return new Rendered(messages.text(language, "notification.mail." + name + ".subject", subjectArgs), instance.render());
    }
}
