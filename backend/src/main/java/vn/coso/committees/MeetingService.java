package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.committees.CommitteeDtos.ConclusionRequest;
import vn.coso.committees.CommitteeDtos.ConclusionResponse;
import vn.coso.committees.CommitteeDtos.MeetingRequest;
import vn.coso.committees.CommitteeDtos.MeetingResponse;
import vn.coso.committees.CommitteeDtos.MemberRef;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.Period;
import vn.coso.common.web.Texts;
import vn.coso.units.UnitDtos.UnitRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Committee meetings and their conclusions. A SHORTCOMING conclusion records the shortcoming; a
 * TASK conclusion that names a shortcoming records that shortcoming's remedy, whose status is then
 * followed on the remedy.
 */
@ApplicationScoped
public class MeetingService {

    private final CommitteeRepository committees;
    private final CommitteeService service;
    private final ShortcomingService shortcomings;
    private final HistoryService history;

    public MeetingService(CommitteeRepository committees, CommitteeService service, ShortcomingService shortcomings,
                          HistoryService history) {
        this.committees = committees;
        this.service = service;
        this.shortcomings = shortcomings;
        this.history = history;
    }

    public List<MeetingResponse> list(long committeeId, Period period) {
        Committee committee = service.findVisible(committeeId);
        return responses(committee, committees.meetings(committee.id, period.from(), period.to()));
    }

    List<MeetingResponse> of(Committee committee, Period period) {
        return responses(committee, committees.meetings(committee.id, period.from(), period.to()));
    }

    public MeetingResponse get(long committeeId, long meetingId) {
        Committee committee = service.findVisible(committeeId);
        return responses(committee, List.of(find(committee, meetingId))).get(0);
    }

    @Transactional
    public MeetingResponse create(long committeeId, MeetingRequest request) {
        Committee committee = service.findVisible(committeeId);
        Map<Long, CommitteeMember> members = new HashMap<>();
        committees.members(committee.id).forEach(m -> members.put(m.id, m));
        Meeting meeting = new Meeting();
        meeting.committeeId = committee.id;
        meeting.kind = request.kind();
        meeting.date = request.date();
        meeting.title = Texts.clean(request.title());
        meeting.agenda = Texts.clean(request.agenda());
        meeting.minutes = Texts.clean(request.minutes());
        for (Long attendee : request.attendeeIds() == null ? List.<Long>of() : request.attendeeIds()) {
            if (attendee == null || !members.containsKey(attendee)) {
                throw ProblemException.invalidField("attendeeIds", "committee.meeting.attendee-unknown", String.valueOf(attendee));
            }
            meeting.attendeeIds.add(attendee);
        }
        committees.getEntityManager().persist(meeting);
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "MEETING_RECORDED", Map.of(), Map.of(
                "meetingId", meeting.id, "kind", meeting.kind, "date", meeting.date, "title", meeting.title));
        int index = 0;
        for (ConclusionRequest conclusion : request.conclusions() == null ? List.<ConclusionRequest>of() : request.conclusions()) {
            conclude(committee, meeting, conclusion, "conclusions[" + index++ + "]");
        }
        return responses(committee, List.of(meeting)).get(0);
    }

    private void conclude(Committee committee, Meeting meeting, ConclusionRequest request, String field) {
        if (request == null) {
            throw ProblemException.invalidField(field, "committee.conclusion.field-required", field);
        }
        MeetingConclusion conclusion = new MeetingConclusion();
        conclusion.meetingId = meeting.id;
        conclusion.kind = request.kind();
        conclusion.text = Texts.clean(request.text());
        switch (request.kind()) {
            case DECISION -> {
            }
            case TASK -> {
                conclusion.owner = Texts.clean(request.owner());
                conclusion.deadline = request.deadline();
                if (request.unitId() != null) {
                    conclusion.unitId = service.unitInside(committee, request.unitId(), field + ".unitId").id;
                }
                if (request.shortcomingId() != null) {
                    Shortcoming shortcoming = shortcomings.find(committee, request.shortcomingId());
                    Remedy remedy = shortcomings.remedy(committee, shortcoming, conclusion.text,
                            request.unitId(), request.deadline(), field + ".unitId");
                    conclusion.shortcomingId = shortcoming.id;
                    conclusion.remedyId = remedy.id;
                } else {
                    conclusion.status = TaskStatus.OPEN;
                }
            }
            case SHORTCOMING -> {
                Shortcoming shortcoming = shortcomings.record(committee, meeting.date.getYear(), request.shortcomingKind(),
                        conclusion.text, request.subjectiveCauses(), request.objectiveCauses(), request.unitIds(), meeting.id);
                conclusion.shortcomingId = shortcoming.id;
            }
        }
        committees.getEntityManager().persist(conclusion);
        committees.flush();
    }

    private Meeting find(Committee committee, long meetingId) {
        return java.util.Optional.ofNullable(committees.getEntityManager().find(Meeting.class, meetingId))
                .filter(m -> m.committeeId == committee.id)
                .orElseThrow(() -> ProblemException.of(404, "committee.meeting.not-found", String.valueOf(meetingId)));
    }

    private List<MeetingResponse> responses(Committee committee, List<Meeting> meetings) {
        Map<Long, CommitteeMember> members = new HashMap<>();
        committees.members(committee.id).forEach(m -> members.put(m.id, m));
        List<MeetingConclusion> conclusions = committees.conclusions(meetings.stream().map(m -> m.id).toList());
        Map<Long, Remedy> remedies = new HashMap<>();
        conclusions.stream().map(c -> c.remedyId).filter(Objects::nonNull)
                .forEach(id -> remedies.put(id, committees.getEntityManager().find(Remedy.class, id)));
        Map<Long, UnitRef> refs = service.refs(Stream.concat(conclusions.stream().map(c -> c.unitId).filter(Objects::nonNull),
                remedies.values().stream().map(r -> r.ownerUnitId)).toList());
        List<MeetingResponse> result = new ArrayList<>();
        for (Meeting meeting : meetings) {
            List<ConclusionResponse> own = conclusions.stream().filter(c -> c.meetingId == meeting.id).map(c -> {
                Remedy remedy = c.remedyId == null ? null : remedies.get(c.remedyId);
                return new ConclusionResponse(c.id, c.kind, c.text, c.owner,
                        remedy != null ? refs.get(remedy.ownerUnitId) : c.unitId == null ? null : refs.get(c.unitId),
                        remedy != null ? remedy.deadline : c.deadline,
                        remedy != null ? remedy.status : c.status, c.shortcomingId, c.remedyId);
            }).toList();
            List<MemberRef> attendees = meeting.attendeeIds.stream().map(members::get).filter(Objects::nonNull)
                    .map(m -> new MemberRef(m.id, m.fullName, m.role)).toList();
            result.add(new MeetingResponse(meeting.id, meeting.committeeId, meeting.kind, meeting.date, meeting.title,
                    meeting.agenda, meeting.minutes, attendees, own, meeting.version));
        }
        return result;
    }
}
