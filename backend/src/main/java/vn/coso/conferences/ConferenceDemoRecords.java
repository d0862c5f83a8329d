package vn.coso.conferences;

import vn.coso.common.demo.DemoDates;
import vn.coso.common.demo.DemoJdbc;
import vn.coso.units.DemoUnits;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The 2024 staff conferences of the demo agencies and public service units, and the workers'
 * conferences and workplace dialogues of the demo enterprises. One unit in five (by code) held
 * none, so that the review has lagging units to name. Each unit's records come from a seed of its
 * own code, so that adding demo units elsewhere changes nothing here.
 */
public final class ConferenceDemoRecords {

    static final int YEAR = 2024;
    private static final long SEED = 20_240_125L;
    /** The people's part's seed (issue 18), with each village's code and year mixed in. */
    private static final long VILLAGE_SEED = 20_240_318L;
    private static final Set<String> STAFF_HOLDERS = Set.of("AGENCY", "PUBLIC_SERVICE_UNIT");
    private static final String ENTERPRISE = "ENTERPRISE";

    record Row(String unitCode, String kind, LocalDate date, String title, int participants, String resolutions) {
    }

    private ConferenceDemoRecords() {
    }

    /** The demo units that held none in 2024: every fifth of each group, counted by code from the third. */
    public static List<String> laggingCodes(List<DemoUnits.Row> units) {
        List<String> lagging = new ArrayList<>();
        for (List<DemoUnits.Row> group : List.of(staffHolders(units), enterprises(units))) {
            for (int i = 0; i < group.size(); i++) {
                if (i % 5 == 2) {
                    lagging.add(group.get(i).code());
                }
            }
        }
        return lagging;
    }

    static List<Row> rows(List<DemoUnits.Row> units) {
        List<String> lagging = laggingCodes(units);
        List<Row> rows = new ArrayList<>();
        for (DemoUnits.Row unit : staffHolders(units)) {
            if (!lagging.contains(unit.code())) {
                rows.add(staffConference(unit, new Random(SEED ^ unit.code().hashCode())));
            }
        }
        for (DemoUnits.Row unit : enterprises(units)) {
            if (!lagging.contains(unit.code())) {
                Random random = new Random(SEED ^ unit.code().hashCode());
                rows.add(workersConference(unit, random));
                rows.add(dialogue(unit, random, LocalDate.of(YEAR, 6, 10), "Đối thoại định kỳ tại nơi làm việc 6 tháng đầu năm 2024"));
                if (random.nextBoolean()) {
                    rows.add(dialogue(unit, random, LocalDate.of(YEAR, 11, 18), "Đối thoại định kỳ tại nơi làm việc năm 2024"));
                }
            }
        }
        return rows;
    }

    /** Inserts the conferences that are not there yet (by unit, kind and date); answers how many it added. */
    public static int load(Connection connection) throws SQLException {
        Map<String, Long> unitIds = DemoJdbc.byCode(connection, "unit");
        List<DemoUnits.Row> units = DemoUnits.all();
        Set<String> present = new HashSet<>();
        try (PreparedStatement existing = connection.prepareStatement(
                "SELECT unit_id, kind, held_on FROM conference WHERE held_on BETWEEN ? AND ?")) {
            existing.setDate(1, Date.valueOf(LocalDate.of(YEAR, 1, 1)));
            existing.setDate(2, Date.valueOf(LocalDate.of(YEAR, 12, 31)));
            try (ResultSet rs = existing.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getDate(3).toLocalDate());
                }
            }
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO conference (unit_id, kind, held_on, title, participants, resolutions,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Row row : rows(units)) {
                Long unit = unitIds.get(row.unitCode());
                if (unit == null || present.contains(unit + "|" + row.kind() + "|" + row.date())) {
                    continue;
                }
                insert.setLong(1, unit);
                insert.setString(2, row.kind());
                insert.setDate(3, Date.valueOf(row.date()));
                insert.setString(4, row.title());
                insert.setInt(5, row.participants());
                insert.setString(6, row.resolutions());
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        return added;
    }

    private static Row staffConference(DemoUnits.Row unit, Random random) {
        boolean school = unit.name().startsWith("Trường");
        boolean large = unit.headCount() != null && unit.headCount() > 300;
        String who = unit.type().equals("AGENCY") ? "cán bộ, công chức, viên chức và người lao động"
                : "viên chức và người lao động";
        String when = school ? "năm học 2024 - 2025" : "năm 2024";
        // Schools hold theirs at the start of the school year, others before Tết.
        LocalDate date = school ? workingDayFrom(LocalDate.of(YEAR, 9, 16).plusDays(random.nextInt(20)))
                : workingDayFrom(LocalDate.of(YEAR, 1, 8).plusDays(random.nextInt(25)));
        String resolutions = "1. Thông qua báo cáo kết quả thực hiện nhiệm vụ " + (school ? "năm học 2023 - 2024" : "năm 2023")
                + " và phương hướng, nhiệm vụ " + when + ".\n"
                + "2. Thông qua Quy chế chi tiêu nội bộ và Quy chế quản lý, sử dụng tài sản công.\n"
                + "3. Thông qua Quy chế thực hiện dân chủ trong hoạt động của " + (school ? "nhà trường" : "cơ quan, đơn vị")
                + " (sửa đổi, bổ sung).\n"
                + "4. Phát động phong trào thi đua " + when + ".";
        return new Row(unit.code(), "STAFF_CONFERENCE", date,
                (large ? "Hội nghị đại biểu " : "Hội nghị ") + who + " " + when,
                participants(unit, random, large), resolutions);
    }

    private static Row workersConference(DemoUnits.Row unit, Random random) {
        boolean large = unit.headCount() != null && unit.headCount() > 300;
        String resolutions = "1. Thông qua báo cáo tình hình sản xuất, kinh doanh năm 2023 và kế hoạch năm 2024.\n"
                + "2. Thông qua việc sửa đổi, bổ sung thỏa ước lao động tập thể.\n"
                + "3. Thông qua Quy chế dân chủ ở cơ sở tại nơi làm việc.\n"
                + "4. Thống nhất mức tiền ăn giữa ca và chế độ khám sức khỏe định kỳ cho người lao động năm 2024.";
        return new Row(unit.code(), "WORKERS_CONFERENCE",
                workingDayFrom(LocalDate.of(YEAR, 1, 15).plusDays(random.nextInt(60))),
                (large ? "Hội nghị đại biểu người lao động" : "Hội nghị người lao động") + " năm 2024",
                participants(unit, random, large), resolutions);
    }

    private static Row dialogue(DemoUnits.Row unit, Random random, LocalDate around, String title) {
        int proposals = 3 + random.nextInt(6);
        int accepted = 1 + random.nextInt(proposals);
        String resolutions = "Đại diện người lao động nêu " + proposals + " ý kiến về tiền lương, điều kiện làm việc và "
                + "an toàn, vệ sinh lao động; người sử dụng lao động tiếp thu " + accepted + " ý kiến, giải trình các ý kiến "
                + "còn lại và cam kết trả lời bằng văn bản trong 15 ngày.";
        return new Row(unit.code(), "WORKPLACE_DIALOGUE", workingDayFrom(around.plusDays(random.nextInt(20))),
                title, 12 + random.nextInt(20), resolutions);
    }

    /** Everyone for a small unit; elected delegates for a large one. */
    private static int participants(DemoUnits.Row unit, Random random, boolean large) {
        if (large) {
            return 150 + random.nextInt(100);
        }
        if (unit.headCount() != null) {
            return Math.max(5, unit.headCount() * (80 + random.nextInt(16)) / 100);
        }
        return 25 + random.nextInt(60);
    }

    private static LocalDate workingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || (day.getMonthValue() == 2 && day.getDayOfMonth() >= 8 && day.getDayOfMonth() <= 14)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static List<DemoUnits.Row> staffHolders(List<DemoUnits.Row> units) {
        return units.stream().filter(u -> STAFF_HOLDERS.contains(u.type()))
                .sorted(Comparator.comparing(DemoUnits.Row::code)).toList();
    }

    private static List<DemoUnits.Row> enterprises(List<DemoUnits.Row> units) {
        return units.stream().filter(u -> ENTERPRISE.equals(u.type()))
                .sorted(Comparator.comparing(DemoUnits.Row::code)).toList();
    }

    /**
     * After the reform: the 2026 staff and workers' conferences of the agencies, public service units and
     * enterprises that live on (one in six, by position from the fourth, held none: they lag), and the
     * enterprises' dialogues of the second half of 2025.
     */
    public static int loadRecent(Connection connection, List<DemoUnits.Stored> workplaces) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM conference WHERE held_on >= '2025-07-01' LIMIT 1")) {
            return 0;
        }
        Random random = new Random(DemoDates.RECENT_SEED + 2);
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO conference (unit_id, kind, held_on, title, participants, resolutions,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int i = 0; i < workplaces.size(); i++) {
                DemoUnits.Stored unit = workplaces.get(i);
                // One unit in six held none in 2026 (by position, from the fourth): they lag.
                if (i % 6 == 3) {
                    continue;
                }
                boolean enterprise = unit.type().equals("ENTERPRISE");
                LocalDate day = DemoDates.workingDay(random, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 28));
                insert.setLong(1, unit.id());
                insert.setString(2, enterprise ? "WORKERS_CONFERENCE" : "STAFF_CONFERENCE");
                insert.setDate(3, Date.valueOf(day));
                insert.setString(4, (enterprise ? "Hội nghị người lao động năm 2026 – " : "Hội nghị cán bộ, công chức, viên chức năm 2026 – ")
                        + unit.name());
                insert.setInt(5, 25 + random.nextInt(150));
                insert.setString(6, "Thông qua quy chế dân chủ sửa đổi sau sắp xếp; kế hoạch công tác năm 2026.");
                insert.addBatch();
                added++;
                if (enterprise) {
                    insert.setLong(1, unit.id());
                    insert.setString(2, "WORKPLACE_DIALOGUE");
                    insert.setDate(3, Date.valueOf(DemoDates.workingDay(random, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 20))));
                    insert.setString(4, "Đối thoại định kỳ tại nơi làm việc 6 tháng cuối năm 2025");
                    insert.setInt(5, 10 + random.nextInt(40));
                    insert.setString(6, "Thống nhất bố trí ca làm việc và chế độ ăn ca.");
                    insert.addBatch();
                    added++;
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    /** The 2024 demo villages' meetings of 2024 (with the people's part, see the demo loader). */
    public static int loadVillageMeetings(Connection connection) throws SQLException {
        return villageMeetings(connection, DemoUnits.of2024(connection, "VILLAGE"), new int[]{2024});
    }

    /** Every village's meetings of 2025 and 2026, once the reorganisations are applied. */
    public static int loadRecentVillageMeetings(Connection connection) throws SQLException {
        return villageMeetings(connection, DemoUnits.stored(connection, "u.type = 'VILLAGE'"), new int[]{2025, 2026});
    }

    /** The demo villages' meetings in {@code years}: two a year while the village exists, one village none in 2025. */
    private static int villageMeetings(Connection connection, List<DemoUnits.Stored> villages, int[] years) throws SQLException {
        long last = DemoJdbc.maxId(connection, "conference");
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conference (unit_id, kind, held_on, title,"
                + " participants, resolutions, households_total, households_represented, version, created_at, updated_at)"
                + " VALUES (?, 'VILLAGE_MEETING', ?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int index = 0; index < villages.size(); index++) {
                DemoUnits.Stored village = villages.get(index);
                int households = village.headCount() == null ? 150 : Math.max(40, village.headCount() / 3);
                for (int year : years) {
                    if (index == 1 && year == 2025) {
                        continue;
                    }
                    Random random = new Random(VILLAGE_SEED ^ (village.code() + year).hashCode());
                    for (int month : new int[]{3, 10}) {
                        // One meeting in six does not reach half of the households.
                        int represented = random.nextInt(6) == 0 ? households / 2 - random.nextInt(5)
                                : households / 2 + 1 + random.nextInt(households / 2);
                        LocalDate day = LocalDate.of(year, month, 5 + random.nextInt(20));
                        if (!village.existsOn(day) || day.isAfter(DemoDates.LAST_DAY)) {
                            continue;
                        }
                        insert.setLong(1, village.id());
                        insert.setDate(2, Date.valueOf(day));
                        insert.setString(3, "Hội nghị " + village.name() + (month == 3 ? " bàn kế hoạch năm " : " tổng kết năm ") + year);
                        insert.setInt(4, represented);
                        insert.setString(5, "Nhân dân bàn và biểu quyết các nội dung theo Luật Thực hiện dân chủ ở cơ sở.");
                        insert.setInt(6, households);
                        insert.setInt(7, represented);
                        insert.addBatch();
                        added++;
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement items = connection.createStatement()) {
            items.executeUpdate("INSERT INTO conference_item (conference_id, position, title, decided_by, votes_for,"
                    + " votes_against, votes_abstain, contribution, recognised, completed_on)"
                    + " SELECT id, 0, 'Đóng góp xây dựng đường bê tông ngõ xóm', 'HOUSEHOLD_SIGNATURES',"
                    + " households_represented - 3, 2, 1, 'MONEY', 2 * households_represented > households_total,"
                    + " IF(MOD(id, 2) = 0 AND 2 * households_represented > households_total"
                    + " AND 2 * (households_represented - 3) > households_total, DATE_ADD(held_on, INTERVAL 120 DAY), NULL)"
                    + " FROM conference WHERE kind = 'VILLAGE_MEETING' AND id > " + last);
            items.executeUpdate("INSERT INTO conference_item (conference_id, position, title, decided_by, votes_for,"
                    + " votes_against, votes_abstain, contribution, recognised, completed_on)"
                    + " SELECT id, 1, 'Sửa đổi, bổ sung hương ước, quy ước', 'SHOW_OF_HANDS',"
                    + " households_represented - 5, 4, 1, 'NONE', 2 * households_represented > households_total, NULL"
                    + " FROM conference WHERE kind = 'VILLAGE_MEETING' AND MONTH(held_on) = 3 AND id > " + last);
        }
        return added;
    }
}
