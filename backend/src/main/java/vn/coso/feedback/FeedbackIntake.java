package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.EventTypes;
import vn.coso.common.history.HistoryService;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Texts;
import vn.coso.feedback.FeedbackDtos.FeedbackReceipt;
import vn.coso.feedback.FeedbackDtos.PublicFeedbackRequest;
import vn.coso.feedback.FeedbackDtos.StaffFeedbackRequest;
import vn.coso.feedback.FeedbackEnums.Channel;
import vn.coso.feedback.FeedbackEnums.Priority;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.feedback.FeedbackEnums.Type;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/** Takes feedback in: from the public portal, from staff who received it otherwise, from other systems. */
@ApplicationScoped
public class FeedbackIntake {

    static final String PUBLIC = "public";
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Set<Channel> STAFF_CHANNELS = Set.of(Channel.HOTLINE, Channel.MEETING, Channel.MAILBOX);

    private final FeedbackRepository feedback;
    private final FeedbackDeadlines deadlines;
    private final UnitService units;
    private final HistoryService history;
    private final CurrentUser user;
    private final FeedbackEvents events;

    public FeedbackIntake(FeedbackRepository feedback, FeedbackDeadlines deadlines,
                          UnitService units, HistoryService history, CurrentUser user, FeedbackEvents events) {
        this.feedback = feedback;
        this.deadlines = deadlines;
        this.units = units;
        this.history = history;
        this.user = user;
        this.events = events;
    }

    /** A feedback from the public portal, about any active unit. */
    @Transactional
    public FeedbackReceipt submit(PublicFeedbackRequest request) {
        Unit unit = units.findActive(request.unitId())
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.active-unit-missing", String.valueOf(request.unitId())));
        Sender sender = Sender.of(request.senderName(), request.senderPhone(), request.senderEmail(),
                request.anonymous(), request.consent());
        Feedback created = create(unit, request.right(), request.type(), Channel.WEB, Priority.NORMAL, Instant.now(),
                request.title(), request.text(), null, sender);
        history.recordAs(PUBLIC, FeedbackService.HISTORY_TYPE, created.id, "SUBMITTED", Map.of(), created.snapshot());
        events.fire(EventTypes.FEEDBACK_RECEIVED, created);
        events.tellSender(EventTypes.FEEDBACK_RECEIVED, created, true);
        return FeedbackMapper.toReceipt(created);
    }

    /** A feedback that staff received by hotline, at a meeting or in a mailbox, or that a system sends; its id. */
    @Transactional
    public long record(StaffFeedbackRequest request) {
        Unit unit = units.visible(request.unitId())
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(request.unitId())));
        Instant now = Instant.now();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().truncatedTo(ChronoUnit.MICROS);
        if (receivedAt.isAfter(now.plusSeconds(60)) || receivedAt.isBefore(EARLIEST)) {
            throw ProblemException.invalidField("receivedAt", "field.date-until-now", java.time.LocalDate.of(2000, 1, 1));
        }
        units.requireExistingOn(unit, receivedAt, "receivedAt");
        Sender sender = Sender.of(request.senderName(), request.senderPhone(), request.senderEmail(),
                request.anonymous(), request.consent());
        Feedback created = create(unit, request.right(), request.type(), channelOf(request.channel()),
                request.priority() == null ? Priority.NORMAL : request.priority(), receivedAt,
                request.title(), request.text(), user.username(), sender);
        history.record(FeedbackService.HISTORY_TYPE, created.id, "RECORDED", Map.of(), created.snapshot());
        events.fire(EventTypes.FEEDBACK_RECEIVED, created);
        events.tellSender(EventTypes.FEEDBACK_RECEIVED, created, false);
        return created.id;
    }

    private Channel channelOf(Channel requested) {
        if (user.hasRole(Roles.INTEGRATION) && !user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.OFFICER)) {
            if (requested != null && requested != Channel.INTEGRATION) {
                throw ProblemException.invalidField("channel", "feedback.channel.integration");
            }
            return Channel.INTEGRATION;
        }
        Channel channel = requested == null ? Channel.HOTLINE : requested;
        if (!STAFF_CHANNELS.contains(channel)) {
            throw ProblemException.invalidField("channel", "feedback.channel.staff");
        }
        return channel;
    }

    private Feedback create(Unit unit, DemocracyRight right, Type type, Channel channel, Priority priority,
                            Instant receivedAt, String title, String text, String recordedBy, Sender sender) {
        Feedback f = new Feedback();
        f.trackingCode = freshTrackingCode();
        f.unit = unit;
        f.right = right;
        f.type = type == null ? Type.FEEDBACK : type;
        f.channel = channel;
        f.priority = priority;
        f.status = Status.RECEIVED;
        f.receivedAt = receivedAt;
        f.title = Texts.clean(title);
        f.text = Texts.clean(text);
        f.recordedBy = recordedBy;
        f.anonymous = sender == null;
        checkNotBlank("title", f.title);
        checkNotBlank("text", f.text);
        deadlines.apply(f);
        feedback.persistAndFlush(f);
        if (sender != null) {
            keep(f, sender);
        }
        return f;
    }

    /** A sender's data as given: kept only if they did not ask to stay anonymous and consented. */
    private record Sender(String name, String phone, String email) {

        /** The sender to keep, or null for an anonymous feedback; 400 without consent. */
        static Sender of(String name, String phone, String email, Boolean anonymous, Boolean consent) {
            Sender sender = new Sender(Texts.clean(name), Texts.clean(phone), Texts.clean(email));
            if (Boolean.TRUE.equals(anonymous) || (sender.name == null && sender.phone == null && sender.email == null)) {
                return null;
            }
            if (!Boolean.TRUE.equals(consent)) {
                throw ProblemException.invalidField("consent", "feedback.consent");
            }
            return sender;
        }
    }

    private void keep(Feedback f, Sender sender) {
        FeedbackSender kept = new FeedbackSender();
        kept.feedbackId = f.id;
        kept.name = sender.name();
        kept.phone = sender.phone();
        kept.email = sender.email();
        kept.consentedAt = Instant.now();
        feedback.persistSender(kept);
    }

    private String freshTrackingCode() {
        String code = TrackingCodes.generate();
        while (feedback.trackingCodeTaken(code)) {
            code = TrackingCodes.generate();
        }
        return code;
    }

    private static void checkNotBlank(String field, String value) {
        if (value == null) {
            throw ProblemException.invalidField(field, "field.not-blank");
        }
    }
}
