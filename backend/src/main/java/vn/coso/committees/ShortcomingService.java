package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.committees.CommitteeDtos.RemedyCompleteRequest;
import vn.coso.committees.CommitteeDtos.RemedyRequest;
import vn.coso.committees.CommitteeDtos.RemedyResponse;
import vn.coso.committees.CommitteeDtos.ShortcomingRequest;
import vn.coso.committees.CommitteeDtos.ShortcomingResponse;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Shortcomings (hạn chế) named by a committee, followed to their remedies (giải pháp khắc phục). */
@ApplicationScoped
public class ShortcomingService {

    private final CommitteeRepository committees;
    private final CommitteeService service;
    private final HistoryService history;
    private final Messages messages;
    private final RequestLocale locale;

    public ShortcomingService(CommitteeRepository committees, CommitteeService service, HistoryService history,
                              Messages messages, RequestLocale locale) {
        this.committees = committees;
        this.service = service;
        this.history = history;
        this.messages = messages;
        this.locale = locale;
    }

    public List<ShortcomingResponse> list(long committeeId, Integer year) {
        Committee committee = service.findVisible(committeeId);
        return responses(committees.shortcomings(committee.id, year));
    }

    /** For the annual review: the committee's shortcomings named in a year, with their remedies. */
    List<ShortcomingResponse> of(Committee committee, int year) {
        return responses(committees.shortcomings(committee.id, year));
    }

    public ShortcomingResponse get(long committeeId, long id) {
        return responses(List.of(find(service.findVisible(committeeId), id))).get(0);
    }

    @Transactional
    public ShortcomingResponse create(long committeeId, ShortcomingRequest request) {
        Committee committee = service.findVisible(committeeId);
        Shortcoming shortcoming = record(committee, request.year(), request.kind(), request.description(),
                request.subjectiveCauses(), request.objectiveCauses(), request.unitIds(), null);
        return responses(List.of(shortcoming)).get(0);
    }

    Shortcoming record(Committee committee, Integer year, ShortcomingKind kind, String description, String subjective,
                       String objective, List<Long> unitIds, Long meetingId) {
        if (year == null || year < 2000 || year > 2100) {
            throw ProblemException.invalidField("year", "committee.plan.year");
        }
        if (kind == null) {
            throw ProblemException.invalidField("shortcomingKind", "committee.conclusion.field-required", "shortcomingKind");
        }
        Set<Long> units = new LinkedHashSet<>();
        for (Long unitId : unitIds == null ? List.<Long>of() : unitIds) {
            units.add(service.unitInside(committee, unitId, "unitIds").id);
        }
        Shortcoming shortcoming = new Shortcoming();
        shortcoming.committeeId = committee.id;
        shortcoming.year = year;
        shortcoming.kind = kind;
        shortcoming.description = Texts.clean(description);
        shortcoming.subjectiveCauses = Texts.clean(subjective);
        shortcoming.objectiveCauses = Texts.clean(objective);
        shortcoming.meetingId = meetingId;
        shortcoming.unitIds.addAll(units);
        committees.getEntityManager().persist(shortcoming);
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "SHORTCOMING_RECORDED", Map.of(), shortcoming.snapshot());
        return shortcoming;
    }

    @Transactional
    public ShortcomingResponse addRemedy(long committeeId, long shortcomingId, RemedyRequest request) {
        Committee committee = service.findVisible(committeeId);
        Shortcoming shortcoming = find(committee, shortcomingId);
        remedy(committee, shortcoming, request.action(), request.ownerUnitId(), request.deadline(), "ownerUnitId");
        return responses(List.of(shortcoming)).get(0);
    }

    Remedy remedy(Committee committee, Shortcoming shortcoming, String action, Long ownerUnitId, LocalDate deadline,
                  String unitField) {
        if (ownerUnitId == null) {
            throw ProblemException.invalidField(unitField, "committee.conclusion.field-required", unitField);
        }
        if (deadline == null) {
            throw ProblemException.invalidField("deadline", "committee.conclusion.field-required", "deadline");
        }
        Remedy remedy = new Remedy();
        remedy.shortcomingId = shortcoming.id;
        remedy.action = Texts.clean(action);
        remedy.ownerUnitId = service.unitInside(committee, ownerUnitId, unitField).id;
        remedy.deadline = deadline;
        remedy.status = TaskStatus.OPEN;
        committees.getEntityManager().persist(remedy);
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "REMEDY_ADDED", Map.of(), remedy.snapshot());
        return remedy;
    }

    @Transactional
    public RemedyResponse start(long committeeId, long remedyId, long version) {
        Committee committee = service.findVisible(committeeId);
        Remedy remedy = findRemedy(committee, remedyId);
        Versions.check(ProblemException.record("record.remedy", remedyId), remedy.version, version, null);
        if (remedy.status != TaskStatus.OPEN) {
            throw ProblemException.of(409, "committee.remedy.transition", remedy.status.name());
        }
        Map<String, Object> before = remedy.snapshot();
        remedy.status = TaskStatus.IN_PROGRESS;
        return saved(committee, remedy, "REMEDY_STARTED", before);
    }

    @Transactional
    public RemedyResponse complete(long committeeId, long remedyId, RemedyCompleteRequest request) {
        Committee committee = service.findVisible(committeeId);
        Remedy remedy = findRemedy(committee, remedyId);
        Versions.check(ProblemException.record("record.remedy", remedyId), remedy.version, request.version(), null);
        if (remedy.status != TaskStatus.OPEN && remedy.status != TaskStatus.IN_PROGRESS) {
            throw ProblemException.of(409, "committee.remedy.transition", remedy.status.name());
        }
        LocalDate doneOn = request.doneOn() == null ? service.today() : request.doneOn();
        if (doneOn.isAfter(service.today())) {
            throw ProblemException.invalidField("doneOn", "committee.remedy.done-in-future");
        }
        Map<String, Object> before = remedy.snapshot();
        remedy.status = TaskStatus.DONE;
        remedy.evidence = Texts.clean(request.evidence());
        remedy.doneOn = doneOn;
        return saved(committee, remedy, "REMEDY_DONE", before);
    }

    private RemedyResponse saved(Committee committee, Remedy remedy, String action, Map<String, Object> before) {
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, action, before, remedy.snapshot());
        return toResponse(remedy, service.refs(List.of(remedy.ownerUnitId)));
    }

    Remedy findRemedy(Committee committee, long remedyId) {
        return java.util.Optional.ofNullable(committees.getEntityManager().find(Remedy.class, remedyId))
                .filter(r -> committees.getEntityManager().find(Shortcoming.class, r.shortcomingId).committeeId == committee.id)
                .orElseThrow(() -> ProblemException.of(404, "committee.remedy.not-found", String.valueOf(remedyId)));
    }

    Shortcoming find(Committee committee, long id) {
        return java.util.Optional.ofNullable(committees.getEntityManager().find(Shortcoming.class, id))
                .filter(s -> s.committeeId == committee.id)
                .orElseThrow(() -> ProblemException.of(404, "committee.shortcoming.not-found", String.valueOf(id)));
    }

    String kindLabel(ShortcomingKind kind) {
        return messages.text(locale.get(), "committee.shortcoming-kind." + kind.name());
    }

    List<ShortcomingResponse> responses(List<Shortcoming> shortcomings) {
        List<Remedy> remedies = committees.remedies(shortcomings.stream().map(s -> s.id).toList());
        Map<Long, UnitRef> refs = service.refs(Stream.concat(shortcomings.stream().flatMap(s -> s.unitIds.stream()),
                remedies.stream().map(r -> r.ownerUnitId)).toList());
        List<ShortcomingResponse> result = new ArrayList<>();
        for (Shortcoming s : shortcomings) {
            List<RemedyResponse> own = remedies.stream().filter(r -> r.shortcomingId == s.id)
                    .map(r -> toResponse(r, refs)).toList();
            boolean remedied = !own.isEmpty() && own.stream().allMatch(r -> r.status() == TaskStatus.DONE
                    || r.status() == TaskStatus.CANCELLED);
            result.add(new ShortcomingResponse(s.id, s.committeeId, s.year, s.kind, kindLabel(s.kind), s.description,
                    s.subjectiveCauses, s.objectiveCauses,
                    s.unitIds.stream().map(refs::get).filter(Objects::nonNull).toList(), s.meetingId, own, remedied, s.version));
        }
        return result;
    }

    RemedyResponse toResponse(Remedy remedy, Map<Long, UnitRef> refs) {
        boolean open = remedy.status == TaskStatus.OPEN || remedy.status == TaskStatus.IN_PROGRESS;
        List<String> operations = remedy.status == TaskStatus.OPEN ? List.of("START", "COMPLETE")
                : remedy.status == TaskStatus.IN_PROGRESS ? List.of("COMPLETE") : List.of();
        return new RemedyResponse(remedy.id, remedy.shortcomingId, remedy.action, refs.get(remedy.ownerUnitId),
                remedy.deadline, remedy.status, remedy.evidence, remedy.doneOn,
                open && remedy.deadline.isBefore(service.today()), service.writeOperations(operations), remedy.version);
    }
}
