package vn.coso.party;

import vn.coso.common.demo.DemoJdbc;
import vn.coso.common.demo.VietnameseNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Party organisations and members across the demo units, generated from a fixed seed: the
 * provincial organisation, one per district-level unit and two blocs, a grassroots organisation
 * per commune and per agency or enterprise, 6 to 12 cells per commune, and 3 to 7 members per cell
 * — about 1,800 organisations and 8,000 members, so that the seed's 2024 inspection figures
 * (1,688 organisations, 7,113 members) can be real records.
 */
public final class PartyDemoRecords {

    public static final String PROVINCIAL_CODE = "DB22";
    static final String AGENCIES_BLOC = "DB22-KCQ";
    static final String ENTERPRISES_BLOC = "DB22-KDN";
    private static final long SEED = 2024L;

    private record Org(String code, String name, String level, String form, String unitCode, String parentCode) {
    }

    private record UnitRow(String code, String name, String type, String parentCode, String parentType) {
    }

    private PartyDemoRecords() {
    }

    /** Adds the party demo data unless it is there already; answers the organisations added. */
    public static int load(Connection connection) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM party_organization WHERE code = '" + PROVINCIAL_CODE + "'")) {
            return 0;
        }
        Random random = new Random(SEED);
        List<List<Org>> levels = organisations(units(connection), random);
        for (List<Org> level : levels) {
            insertOrganisations(connection, level);
            fillPaths(connection);
        }
        List<Org> cells = levels.stream().flatMap(List::stream).filter(o -> o.form.equals("CELL")).toList();
        insertMembers(connection, cells, random);
        try (Statement statement = connection.createStatement()) {
            // The secretary of each cell is its first member, who holds the post.
            statement.executeUpdate("UPDATE party_organization o JOIN party_member m ON m.id ="
                    + " (SELECT MIN(m2.id) FROM party_member m2 WHERE m2.organization_id = o.id)"
                    + " SET o.secretary_name = m.full_name WHERE o.form = 'CELL' AND o.secretary_name IS NULL");
            // Read first, then updated by id: an UPDATE of party_member that reads party_organization
            // fails, since V300's trigger on party_member writes party_organization.
            List<Long> secretaries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT m.id FROM party_member m"
                    + " JOIN party_organization o ON o.id = m.organization_id"
                    + " WHERE o.form = 'CELL' AND m.full_name = o.secretary_name"
                    + " AND m.id = (SELECT MIN(m2.id) FROM party_member m2 WHERE m2.organization_id = o.id)")) {
                while (rows.next()) {
                    secretaries.add(rows.getLong(1));
                }
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE party_member SET post = 'Bí thư chi bộ' WHERE id = ?")) {
                for (Long id : secretaries) {
                    update.setLong(1, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
        return levels.stream().mapToInt(List::size).sum();
    }

    /** The organisations level by level, each level's parents in the one before. */
    private static List<List<Org>> organisations(List<UnitRow> units, Random random) {
        List<Org> provincial = List.of(new Org(PROVINCIAL_CODE, "Đảng bộ tỉnh Quảng Ninh", "PROVINCIAL", "COMMITTEE", "22", null));
        List<Org> direct = new ArrayList<>();
        direct.add(new Org(AGENCIES_BLOC, "Đảng bộ Khối các cơ quan tỉnh", "DIRECTLY_SUBORDINATE", "COMMITTEE", "22", PROVINCIAL_CODE));
        direct.add(new Org(ENTERPRISES_BLOC, "Đảng bộ Khối doanh nghiệp tỉnh", "DIRECTLY_SUBORDINATE", "COMMITTEE", "22", PROVINCIAL_CODE));
        List<Org> grassroots = new ArrayList<>();
        List<Org> below = new ArrayList<>();
        for (UnitRow unit : units) {
            String parent = "DB" + unit.parentCode;
            switch (unit.type + "<" + unit.parentType) {
                case "DISTRICT<PROVINCE" -> direct.add(new Org("DB" + unit.code, "Đảng bộ " + lowerFirst(unit.name),
                        "DIRECTLY_SUBORDINATE", "COMMITTEE", unit.code, PROVINCIAL_CODE));
                case "COMMUNE<DISTRICT", "COMMUNE<PROVINCE" -> {
                    grassroots.add(new Org("DB" + unit.code, "Đảng bộ " + lowerFirst(unit.name), "GRASSROOTS",
                            "COMMITTEE", unit.code, parent));
                    boolean urban = unit.name.startsWith("Phường") || unit.name.startsWith("Thị trấn");
                    int cells = 6 + random.nextInt(7);
                    for (int i = 1; i <= cells; i++) {
                        below.add(new Org("DB" + unit.code + "-C" + i, (urban ? "Chi bộ khu phố " : "Chi bộ thôn ") + i,
                                "BELOW_GRASSROOTS", "CELL", unit.code, "DB" + unit.code));
                    }
                }
                case "VILLAGE<COMMUNE" -> below.add(new Org("DB" + unit.code, "Chi bộ " + unit.name,
                        "BELOW_GRASSROOTS", "CELL", unit.code, parent));
                default -> {
                    if (isOrganisation(unit.type)) {
                        String name = "Chi bộ " + unit.name.replace(" (dữ liệu mẫu)", "");
                        switch (unit.parentType) {
                            case "PROVINCE" -> grassroots.add(new Org("DB" + unit.code, name, "GRASSROOTS", "CELL",
                                    unit.code, unit.type.equals("ENTERPRISE") ? ENTERPRISES_BLOC : AGENCIES_BLOC));
                            case "DISTRICT" -> grassroots.add(new Org("DB" + unit.code, name, "GRASSROOTS", "CELL",
                                    unit.code, parent));
                            case "COMMUNE" -> below.add(new Org("DB" + unit.code, name, "BELOW_GRASSROOTS", "CELL",
                                    unit.code, parent));
                            default -> {
                                // an organisation under another organisation belongs to that one's cell
                            }
                        }
                    }
                }
            }
        }
        return List.of(provincial, direct, grassroots, below);
    }

    private static boolean isOrganisation(String unitType) {
        return List.of("AGENCY", "PUBLIC_SERVICE_UNIT", "ENTERPRISE", "MASS_ORGANIZATION").contains(unitType);
    }

    private static void insertOrganisations(Connection connection, List<Org> orgs) throws SQLException {
        Map<String, Long> units = DemoJdbc.byCode(connection, "unit");
        Map<String, Long> parents = DemoJdbc.byCode(connection, "party_organization");
        String sql = "INSERT INTO party_organization (code, name, level, form, unit_id, parent_id, path, active,"
                + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', TRUE, 0,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Org org : orgs) {
                insert.setString(1, org.code);
                insert.setString(2, org.name);
                insert.setString(3, org.level);
                insert.setString(4, org.form);
                DemoJdbc.setId(insert, 5, units.get(org.unitCode));
                DemoJdbc.setId(insert, 6, org.parentCode == null ? null : parents.get(org.parentCode));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void fillPaths(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE party_organization SET path = CONCAT('/', id, '/')"
                    + " WHERE path = 'pending' AND parent_id IS NULL");
            statement.executeUpdate("UPDATE party_organization c JOIN party_organization p ON c.parent_id = p.id"
                    + " SET c.path = CONCAT(p.path, c.id, '/') WHERE c.path = 'pending'");
        }
    }

    private static void insertMembers(Connection connection, List<Org> cells, Random random) throws SQLException {
        Map<String, Long> organisations = DemoJdbc.byCode(connection, "party_organization");
        String sql = "INSERT INTO party_member (full_name, party_card_number, date_of_birth, admission_date,"
                + " official_date, organization_id, status, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?,"
                + " ?, 'ACTIVE', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))";
        LocalDate lastAdmission = LocalDate.of(2024, 6, 30);
        int card = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Org cell : cells) {
                int members = 3 + random.nextInt(5);
                for (int i = 0; i < members; i++) {
                    LocalDate born = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    LocalDate admitted = born.plusYears(18 + random.nextInt(22)).plusDays(random.nextInt(365));
                    if (admitted.isAfter(lastAdmission)) {
                        admitted = lastAdmission.minusDays(random.nextInt(400));
                    }
                    LocalDate official = admitted.plusYears(1);
                    insert.setString(1, VietnameseNames.fullName(random));
                    insert.setString(2, String.format("22.%06d", ++card));
                    insert.setObject(3, born);
                    insert.setObject(4, admitted);
                    insert.setObject(5, official.isAfter(LocalDate.of(2024, 12, 31)) ? null : official);
                    DemoJdbc.setId(insert, 6, organisations.get(cell.code));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static List<UnitRow> units(Connection connection) throws SQLException {
        List<UnitRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT u.code, u.name, u.type, p.code, p.type FROM unit u"
                     + " LEFT JOIN unit p ON p.id = u.parent_id WHERE u.active ORDER BY u.path")) {
            while (rs.next()) {
                rows.add(new UnitRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? "" : rs.getString(5)));
            }
        }
        return rows;
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
