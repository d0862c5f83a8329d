package vn.coso.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitType;

import java.util.UUID;

/**
 * Makes the units tests need. The units the realm's users belong to (22 province, 193 Hạ Long,
 * 06694 Bạch Đằng, 194 Móng Cái) are created once and shared; everything else gets a fresh code.
 */
@ApplicationScoped
public class TestUnits {

    private final UnitRepository units;

    public TestUnits(UnitRepository units) {
        this.units = units;
    }

    @Transactional
    public Unit province() {
        return ensure("22", "Tỉnh Quảng Ninh", UnitType.PROVINCE, null);
    }

    @Transactional
    public Unit haLong() {
        return ensure("193", "Thành phố Hạ Long", UnitType.DISTRICT, province());
    }

    @Transactional
    public Unit bachDang() {
        return ensure("06694", "Phường Bạch Đằng", UnitType.COMMUNE, haLong());
    }

    @Transactional
    public Unit mongCai() {
        return ensure("194", "Thành phố Móng Cái", UnitType.DISTRICT, province());
    }

    /** A new unit with a unique code under the given parent. */
    @Transactional
    public Unit create(String name, UnitType type, Unit parent) {
        return insert(uniqueCode(), name, type, parent == null ? null : units.findById(parent.id));
    }

    @Transactional
    public Unit reload(long id) {
        return units.findById(id);
    }

    @Transactional
    public long count() {
        return units.count();
    }

    /** Rows of code, parent code, path, parent path for every unit. */
    @Transactional
    public java.util.List<Object[]> codesAndPaths() {
        return units.getEntityManager()
                .createQuery("select u.code, p.code, u.path, p.path from Unit u left join u.parent p", Object[].class)
                .getResultList();
    }

    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private Unit ensure(String code, String name, UnitType type, Unit parent) {
        return units.findByCode(code).orElseGet(() ->
                insert(code, name, type, parent == null ? null : units.findById(parent.id)));
    }

    private Unit insert(String code, String name, UnitType type, Unit parent) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.parent = parent;
        units.persistWithPath(unit);
        return unit;
    }
}
