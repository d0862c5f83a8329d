package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.committees.CommitteeDtos.CommitteeResponse;
import vn.coso.committees.CommitteeDtos.ConclusionResponse;
import vn.coso.committees.CommitteeDtos.MeetingResponse;
import vn.coso.committees.CommitteeDtos.PlanResponse;
import vn.coso.committees.CommitteeDtos.RemedyResponse;
import vn.coso.committees.CommitteeDtos.ShortcomingResponse;
import vn.coso.committees.CommitteeDtos.TargetResponse;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureKind;
import vn.coso.common.reporting.ReportPart;
import vn.coso.common.reporting.ReportPart.ReportTable;
import vn.coso.common.reporting.ReportPartSource;
import vn.coso.units.UnitDtos.UnitRef;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The committee's part of the annual review of its unit, as a province sends it up: the year's plan
 * with its targets against the results, the meetings and their conclusions, the shortcomings named
 * with their causes and remedies, and what became of the previous year's shortcomings.
 */
@ApplicationScoped
public class CommitteeReviewPart implements ReportPartSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CommitteeRepository committees;
    private final CommitteeService service;
    private final PlanService plans;
    private final MeetingService meetings;
    private final ShortcomingService shortcomings;
    private final Messages messages;
    private final RequestLocale locale;

    public CommitteeReviewPart(CommitteeRepository committees, CommitteeService service, PlanService plans,
                               MeetingService meetings, ShortcomingService shortcomings, Messages messages,
                               RequestLocale locale) {
        this.committees = committees;
        this.service = service;
        this.plans = plans;
        this.meetings = meetings;
        this.shortcomings = shortcomings;
        this.messages = messages;
        this.locale = locale;
    }

    @Schema(name = "CommitteeReviewPart", description = "The `data` of the review's `committee` part.")
    public record Data(CommitteeResponse committee, @Schema(nullable = true) PlanResponse plan,
                       List<MeetingResponse> meetings, List<ShortcomingResponse> shortcomings,
                       @Schema(description = "The previous year's shortcomings and whether they were remedied.")
                       List<ShortcomingResponse> previousShortcomings) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<ReportPart> part(long unitId, Period period) {
        Optional<Committee> found = committees.findByUnit(unitId);
        if (found.isEmpty() || period.from() == null) {
            return Optional.empty();
        }
        Committee committee = found.get();
        int year = period.from().getYear();
        Data data = new Data(service.get(committee.id), plans.planOf(committee, year).orElse(null),
                meetings.of(committee, period), shortcomings.of(committee, year), shortcomings.of(committee, year - 1));

        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("committee.review.founded", committee.name,
                committee.decisionNumber == null ? "—" : committee.decisionNumber, day(committee.decisionDate)));
        paragraphs.add(text("committee.review.members", String.valueOf(data.committee().memberCount())));
        if (data.plan() != null) {
            paragraphs.add(text("committee.review.plan", String.valueOf(year), data.plan().theme()));
        }
        List<ReportTable> tables = new ArrayList<>();
        if (data.plan() != null) {
            tables.add(new ReportTable(text("committee.review.targets"), List.of(text("committee.review.col.target"),
                    text("committee.review.col.area"), text("committee.review.col.threshold"),
                    text("committee.review.col.result"), text("committee.review.col.projected"),
                    text("committee.review.col.status")),
                    data.plan().targets().stream().map(this::targetRow).toList()));
            if (!data.plan().tasks().isEmpty()) {
                tables.add(new ReportTable(text("committee.review.tasks"), List.of(text("committee.review.col.task"),
                        text("committee.review.col.owner"), text("committee.review.col.deadline"),
                        text("committee.review.col.status")),
                        data.plan().tasks().stream().map(t -> List.of(t.title(), orDash(t.owner()), day(t.deadline()),
                                text("committee.task-status." + t.status()))).toList()));
            }
        }
        tables.add(new ReportTable(text("committee.review.meetings"), List.of(text("committee.review.col.date"),
                text("committee.review.col.kind"), text("committee.review.col.meeting"), text("committee.review.col.conclusions")),
                data.meetings().stream().map(m -> List.of(day(m.date()), text("committee.meeting-kind." + m.kind()),
                        m.title(), m.conclusions().stream().map(this::conclusion).collect(Collectors.joining("\n")))).toList()));
        tables.add(new ReportTable(text("committee.review.shortcomings"), List.of(text("committee.review.col.shortcoming"),
                text("committee.review.col.units"), text("committee.review.col.subjective"),
                text("committee.review.col.objective"), text("committee.review.col.remedies")),
                data.shortcomings().stream().map(this::shortcomingRow).toList()));
        if (!data.previousShortcomings().isEmpty()) {
            tables.add(new ReportTable(text("committee.review.previous", String.valueOf(year - 1)),
                    List.of(text("committee.review.col.shortcoming"), text("committee.review.col.remedies"),
                            text("committee.review.col.outcome")),
                    data.previousShortcomings().stream().map(s -> List.of(s.description(), remedies(s),
                            text(s.remedied() ? "committee.review.remedied" : "committee.review.not-remedied"))).toList()));
        }
        return Optional.of(new ReportPart("committee", text("committee.review.title"), paragraphs, tables, data));
    }

    private List<String> targetRow(TargetResponse target) {
        String name = target.label() != null ? target.label() : target.figureLabel();
        String threshold = (target.comparator() == TargetComparator.GE ? "≥ " : "≤ ")
                + number(target.figureKind(), target.threshold());
        return List.of(name, area(target.unit()), threshold, number(target.figureKind(), target.value()),
                number(target.figureKind(), target.projected()), text("committee.target-status." + target.status()));
    }

    private List<String> shortcomingRow(ShortcomingResponse s) {
        return List.of(s.kindLabel() + ": " + s.description(),
                s.units().stream().map(UnitRef::name).collect(Collectors.joining(", ")),
                orDash(s.subjectiveCauses()), orDash(s.objectiveCauses()), remedies(s));
    }

    private String remedies(ShortcomingResponse s) {
        if (s.remedies().isEmpty()) {
            return text("committee.review.no-remedy");
        }
        return s.remedies().stream().map(this::remedy).collect(Collectors.joining("\n"));
    }

    private String remedy(RemedyResponse r) {
        String line = "• " + r.action() + " (" + (r.ownerUnit() == null ? "" : r.ownerUnit().name()) + "; "
                + text("committee.review.deadline", day(r.deadline())) + "; " + text("committee.task-status." + r.status())
                + (r.overdue() ? ", " + text("committee.review.overdue") : "") + ")";
        return r.evidence() == null ? line : line + " — " + r.evidence();
    }

    private String conclusion(ConclusionResponse c) {
        String kind = text("committee.conclusion-kind." + c.kind());
        String line = "• " + kind + ": " + c.text();
        if (c.kind() == ConclusionKind.TASK) {
            line += " (" + (c.owner() != null ? c.owner() : c.unit() != null ? c.unit().name() : "")
                    + (c.deadline() != null ? "; " + text("committee.review.deadline", day(c.deadline())) : "")
                    + (c.status() != null ? "; " + text("committee.task-status." + c.status()) : "") + ")";
        }
        return line;
    }

    private String area(UnitRef unit) {
        return unit == null ? "" : unit.name();
    }

    private String number(FigureKind kind, Number value) {
        if (value == null) {
            return "–";
        }
        Locale format = Messages.supported(locale.get()) == Messages.ENGLISH ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
        if (kind == FigureKind.SHARE) {
            return NumberFormat.getNumberInstance(format).format(Math.round(value.doubleValue() * 1000) / 10.0) + " %";
        }
        if (kind == FigureKind.AVERAGE) {
            return NumberFormat.getNumberInstance(format).format(Math.round(value.doubleValue() * 100) / 100.0);
        }
        return NumberFormat.getIntegerInstance(format).format(Math.round(value.doubleValue()));
    }

    private static String day(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }

    private String text(String key, Object... args) {
        return messages.text(locale.get(), key, args);
    }
}
