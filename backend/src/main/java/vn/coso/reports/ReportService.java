package vn.coso.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.Msg;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.persistence.ReadOnlySession;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportPart;
import vn.coso.common.reporting.ReportPartSource;
import vn.coso.common.reporting.ReportSection;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.time.AppClock;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportDtos.BreakdownRow;
import vn.coso.reports.ReportDtos.Figure;
import vn.coso.reports.ReportDtos.Lagging;
import vn.coso.reports.ReportDtos.PublicFigures;
import vn.coso.reports.ReportDtos.Reason;
import vn.coso.reports.ReportDtos.ReportPeriod;
import vn.coso.reports.ReportDtos.ReportUnit;
import vn.coso.reports.ReportDtos.Section;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The annual review of an area, computed from the records by the features' {@link ReportSection}s:
 * the figures beside the previous period's, the breakdown by child unit, and the lagging units.
 */
@ApplicationScoped
public class ReportService {

    /** The most lagging units a report names when the caller does not say; exports name up to {@link #LAGGING_MAX}. */
    public static final int LAGGING_DEFAULT = 100;
    public static final int LAGGING_MAX = 1000;

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final List<ReportSection> sections;
    private final Instance<ReportPartSource> parts;
    private final UnitService units;
    private final ScopeGuard guard;
    private final Messages messages;
    private final RequestLocale locale;
    private final AppClock clock;
    private final ReadOnlySession readOnly;

    public ReportService(Instance<ReportSection> sections, Instance<ReportPartSource> parts, UnitService units,
                         ScopeGuard guard, Messages messages, RequestLocale locale, AppClock clock, ReadOnlySession readOnly) {
        this.clock = clock;
        this.readOnly = readOnly;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.parts = parts;
        this.units = units;
        this.guard = guard;
        this.messages = messages;
        this.locale = locale;
    }

    /** One read-only transaction, so that every figure of the report reads the same records. */
    @Transactional
    public AnnualReport annual(String year, String from, String to, String unitId) {
        return annual(year, from, to, unitId, null, LAGGING_DEFAULT);
    }

    /**
     * {@code structure=period} (the default): the breakdown and the areas follow the structure of the
     * period's last day, records of units closed within the period counting under their successor;
     * {@code structure=current}: today's structure, past records rolled up through the lineage.
     */
    @Transactional
    public AnnualReport annual(String year, String from, String to, String unitId, String structure, int laggingLimit) {
        readOnly.mark();
        Period period = ReportPeriods.parse(year, from, to);
        Period previous = ReportPeriods.previous(period);
        Unit unit = areaUnit(unitId);
        boolean current = "current".equals(structure);
        if (structure != null && !current && !"period".equals(structure)) {
            throw ProblemException.invalidField("structure", "report.structure.invalid", structure);
        }
        LocalDate today = clock.today();
        LocalDate day = current || period.to() == null || !unit.existsOn(period.to()) ? today : period.to();
        Map<Unit, Long> children = units.childrenOn(unit, day);
        Map<Long, Map<String, Number>> figures = figures(units.reportBreakdown(units.pathOn(unit, day),
                children.keySet().stream().map(child -> child.id).toList(), day), period);
        List<BreakdownRow> breakdown = new ArrayList<>();
        children.forEach((child, grandchildren) ->
                breakdown.add(new BreakdownRow(ref(child), false, grandchildren, figures.get(child.id))));
        breakdown.add(new BreakdownRow(ref(unit), true, 0, figures.get(ReportAreas.SINGLE)));
        List<Lagging> lagging = lagging(unit, period);
        return new AnnualReport(ref(unit), dates(period), dates(previous),
                sections(unit, period, previous, section -> true, current, figures), breakdown,
                lagging.subList(0, Math.min(laggingLimit, lagging.size())), lagging.size(), parts(unit, period));
    }

    /** The features' own parts of the review (the steering committee's work), in their order. */
    private List<ReportPart> parts(Unit unit, Period period) {
        return parts.stream().sorted(Comparator.comparingInt(ReportPartSource::order))
                .flatMap(source -> source.part(unit.id, period).stream()).toList();
    }

    @Transactional
    public PublicFigures publicFigures(String year, String provinceId) {
        if (year == null || year.isBlank()) {
            throw QueryParams.invalid("year", "report.year.required");
        }
        readOnly.mark();
        Period period = ReportPeriods.parse(year, null, null);
        Period previous = ReportPeriods.previous(period);
        Long id = QueryParams.optionalLong("provinceId", provinceId);
        Unit province = (id == null ? units.province() : units.province(id))
                .orElseThrow(() -> ProblemException.notFound("record.province", id == null ? "root" : id));
        return new PublicFigures(ref(province), dates(period), dates(previous),
                sections(province, period, previous, ReportSection::isPublic, false, null));
    }

    private Unit areaUnit(String unitId) {
        return units.findVisible(guard.areaUnitId(QueryParams.optionalLong("unitId", unitId)));
    }

    /**
     * Each section's figures for the unit's area in the period and the previous one. With the period's
     * breakdown at hand, a section whose figures all add up (the contract's {@code additive}) takes its
     * area's figures as the sum of the breakdown's rows instead of counting its records a second time.
     */
    private List<Section> sections(Unit unit, Period period, Period previous, Predicate<ReportSection> include,
                                   boolean current, Map<Long, Map<String, Number>> breakdown) {
        ReportAreas area = areaOn(unit, period, current);
        ReportAreas areaBefore = areaOn(unit, previous, current);
        List<Section> result = new ArrayList<>();
        for (ReportSection section : sections) {
            if (!include.test(section)) {
                continue;
            }
            Map<String, Number> now = sumOf(section, breakdown)
                    .orElseGet(() -> section.compute(area, period).get(ReportAreas.SINGLE));
            Map<String, Number> before = section.compute(areaBefore, previous).get(ReportAreas.SINGLE);
            List<Figure> figures = new ArrayList<>();
            for (FigureDefinition definition : section.definitions()) {
                figures.add(new Figure(definition.key(), figureText(definition.key(), "label", definition.label()),
                        figureText(definition.key(), "definition", definition.definition()), definition.kind(),
                        definition.additive(), now.get(definition.key()), before.get(definition.key())));
            }
            result.add(new Section(section.key(), textOr("report.section." + section.key(), section.title()), figures));
        }
        return result;
    }

    /** The section's figures summed over the breakdown's rows, when they all add up and every row has them. */
    private static Optional<Map<String, Number>> sumOf(ReportSection section, Map<Long, Map<String, Number>> breakdown) {
        if (breakdown == null || !section.definitions().stream().allMatch(FigureDefinition::additive)) {
            return Optional.empty();
        }
        Map<String, Number> sums = new LinkedHashMap<>();
        for (FigureDefinition definition : section.definitions()) {
            long sum = 0;
            for (Map<String, Number> row : breakdown.values()) {
                if (!(row.get(definition.key()) instanceof Long value)) {
                    return Optional.empty();
                }
                sum += value;
            }
            sums.put(definition.key(), sum);
        }
        return Optional.of(sums);
    }

    /** The exports' headings in the language of this request. */
    ReportTexts texts() {
        return new ReportTexts(messages, locale.get());
    }

    /**
     * A figure's label or definition in the reader's language, from {@code i18n/report_*.properties}:
     * its own text, or for a figure by democracy right ({@code feedback.received.KNOW}) the base
     * figure's text qualified by the right; else the section's own text.
     */
    private String figureText(String key, String part, String fallback) {
        String own = "report.figure." + key + "." + part;
        if (messages.has(own)) {
            return messages.text(locale.get(), own);
        }
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            String base = "report.figure." + key.substring(0, dot) + "." + part;
            String qualifier = key.substring(dot + 1);
            if (messages.has(base) && messages.has("report.right." + qualifier)) {
                return messages.text(locale.get(), "report.figure.by-right." + part, Msg.of(base),
                        Msg.of("report.right." + qualifier), qualifier);
            }
        }
        return fallback;
    }

    private String textOr(String key, String fallback) {
        return messages.has(key) ? messages.text(locale.get(), key) : fallback;
    }

    /** The unit's subtree in the structure of the period's last day (or today's), where the unit existed then. */
    private ReportAreas areaOn(Unit unit, Period period, boolean current) {
        LocalDate day = current || period.to() == null || !unit.existsOn(period.to())
                ? clock.today() : period.to();
        return units.reportArea(units.pathOn(unit, day), day);
    }

    /** Every section's figures for each area, in the order of the sections' definitions. */
    private Map<Long, Map<String, Number>> figures(ReportAreas areas, Period period) {
        Map<Long, Map<String, Number>> figures = new LinkedHashMap<>();
        areas.keys().forEach(key -> figures.put(key, new LinkedHashMap<>()));
        for (ReportSection section : sections) {
            Map<Long, Map<String, Number>> computed = section.compute(areas, period);
            for (Long key : areas.keys()) {
                section.definitions().forEach(d -> figures.get(key).put(d.key(), computed.get(key).get(d.key())));
            }
        }
        return figures;
    }

    /**
     * The units that lag in the period, in the structure of its last day: the sections look in the
     * unit's subtree of that day, and a unit that no longer existed on that day (closed within the
     * period) is never named — its records count under its successor.
     */
    private List<Lagging> lagging(Unit unit, Period period) {
        LocalDate day = period.to() == null ? clock.today() : period.to();
        String subtree = units.pathOn(unit, day);
        Map<Long, List<Reason>> reasons = new LinkedHashMap<>();
        for (ReportSection section : sections) {
            for (LaggingUnit lagging : section.lagging(subtree, period)) {
                reasons.computeIfAbsent(lagging.unitId(), id -> new ArrayList<>()).add(new Reason(
                        lagging.reason().code(), textOr("report.lagging." + lagging.reason().code(), lagging.reason().label()),
                        lagging.reason().weight()));
            }
        }
        Map<Long, Unit> byId = new HashMap<>();
        units.byIds(reasons.keySet()).forEach(u -> byId.put(u.id, u));
        return reasons.entrySet().stream()
                .filter(entry -> byId.containsKey(entry.getKey()) && byId.get(entry.getKey()).existsOn(day))
                .map(entry -> new Lagging(ref(byId.get(entry.getKey())),
                        entry.getValue().stream().mapToInt(Reason::weight).sum(),
                        entry.getValue().stream().sorted(Comparator.comparingInt(Reason::weight).reversed()).toList()))
                .sorted(Comparator.comparingInt(Lagging::score).reversed()
                        .thenComparing(l -> l.reasons().size(), Comparator.reverseOrder())
                        .thenComparing(l -> l.unit().name(), VIETNAMESE)
                        // Ties (villages named alike) in a fixed order: the list may be cut at laggingLimit.
                        .thenComparingLong(l -> l.unit().id()))
                .toList();
    }

    private static ReportUnit ref(Unit unit) {
        return new ReportUnit(unit.id, unit.code, unit.name, unit.type);
    }

    private static ReportPeriod dates(Period period) {
        return new ReportPeriod(period.from(), period.to());
    }
}
