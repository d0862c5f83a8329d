package vn.coso.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.calendar.HolidayDtos.HolidayRequest;
import vn.coso.calendar.HolidayDtos.HolidayResponse;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;

import java.time.Instant;

/** The holidays table, maintained by admins; deadlines already given keep the calendar they were given by. */
@ApplicationScoped
public class HolidayService {

    private final HolidayRepository holidays;

    public HolidayService(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    public PageResult<HolidayResponse> list(Period period, Instant updatedSince, PageRequest page) {
        return new PageResult<>(holidays.find(period.from(), period.to(), updatedSince,
                page.sort(HolidayRepository.SORTABLE), page.offset(), page.size()),
                page.page(), page.size(), holidays.count(period.from(), period.to(), updatedSince))
                .map(HolidayService::toResponse);
    }

    public HolidayResponse get(long id) {
        return toResponse(find(id));
    }

    @Transactional
    public HolidayResponse create(HolidayRequest request) {
        checkDayFree(request, null);
        Holiday holiday = new Holiday();
        apply(holiday, request);
        holidays.persistAndFlush(holiday);
        return toResponse(holiday);
    }

    @Transactional
    public HolidayResponse update(long id, HolidayRequest request, Long ifMatch) {
        Holiday holiday = find(id);
        Versions.check(ProblemException.record("record.holiday", id), holiday.version, request.version(), ifMatch);
        checkDayFree(request, id);
        apply(holiday, request);
        holidays.flush();
        return toResponse(holiday);
    }

    @Transactional
    public void delete(long id) {
        holidays.delete(find(id));
    }

    private Holiday find(long id) {
        return holidays.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("record.holiday", id));
    }

    private void checkDayFree(HolidayRequest request, Long id) {
        holidays.findByDay(request.date()).filter(h -> !h.id.equals(id)).ifPresent(h -> {
            throw ProblemException.of(409, "holiday.date.duplicate", request.date(), h.kind, h.name, String.valueOf(h.id));
        });
    }

    private static void apply(Holiday holiday, HolidayRequest request) {
        if (request.date().getYear() < 2000 || request.date().getYear() > 2100) {
            throw ProblemException.invalidField("date", "field.date-between", java.time.LocalDate.of(2000, 1, 1),
                    java.time.LocalDate.of(2100, 12, 31));
        }
        holiday.day = request.date();
        holiday.kind = request.kind();
        holiday.name = Texts.clean(request.name());
    }

    static HolidayResponse toResponse(Holiday h) {
        return new HolidayResponse(h.id, h.day, h.kind, h.name, h.version, h.createdAt, h.updatedAt);
    }
}
