package vn.coso.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class HolidayRepository implements PanacheRepository<Holiday> {

    public static final SortableFields SORTABLE = SortableFields.of("date",
            "date", "h.day", "kind", "h.kind", "name", "h.name", "updatedAt", "h.updatedAt", "id", "h.id");

    public List<Holiday> between(LocalDate from, LocalDate to) {
        return list("day between ?1 and ?2", Sort.ascending("day"), from, to);
    }

    public Optional<Holiday> findByDay(LocalDate day) {
        return find("day", day).firstResultOptional();
    }

    public List<Holiday> find(LocalDate from, LocalDate to, Instant updatedSince, List<SortField> sort, int offset, int limit) {
        return conditions(from, to, updatedSince)
                .query(getEntityManager(), "select h from Holiday h", SortableFields.orderBy(sort, "h.id"), Holiday.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(LocalDate from, LocalDate to, Instant updatedSince) {
        return conditions(from, to, updatedSince).count(getEntityManager(), "select count(h) from Holiday h");
    }

    private static Conditions conditions(LocalDate from, LocalDate to, Instant updatedSince) {
        return new Conditions()
                .add("h.day >= :from", "from", from)
                .add("h.day <= :to", "to", to)
                .add("h.updatedAt >= :updatedSince", "updatedSince", updatedSince);
    }
}
