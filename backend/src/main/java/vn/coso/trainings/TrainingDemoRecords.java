package vn.coso.trainings;

import vn.coso.common.demo.DemoDates;
import vn.coso.common.demo.DemoJdbc;
import vn.coso.units.DemoUnits;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The 72 training classes that the district-level party committees organised in 2024 for 8,532
 * attendances in all (the seed's figures), spread over the 13 districts, dated on working days.
 * Generated from a fixed seed, so every load makes the same classes.
 */
public final class TrainingDemoRecords {

    static final int YEAR = 2024;
    public static final int TRAININGS = 72;
    public static final int ATTENDANCES = 8_532;

    private static final long SEED = 20_241_219L;

    /** Classes per district-level unit; 72 in all. */
    private static final Map<String, Integer> CLASSES = classes();

    private static final String KEY_COMMUNE_STAFF = "Cán bộ chủ chốt cấp xã";
    private static final String VILLAGE_LEADERS = "Bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố";
    private static final String STEERING_MEMBERS = "Thành viên Ban Chỉ đạo thực hiện dân chủ ở cơ sở cấp xã";
    private static final String PEOPLES_BOARDS = "Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng";
    private static final String UNION_LEADERS = "Chủ tịch công đoàn cơ sở tại doanh nghiệp";
    private static final String HEADS_OF_AGENCIES = "Thủ trưởng, chủ tịch công đoàn các cơ quan, đơn vị sự nghiệp";
    private static final String FRONT_STAFF = "Cán bộ Mặt trận Tổ quốc và các đoàn thể cấp xã";
    private static final String PARTY_MEMBERS = "Đảng viên các chi bộ trực thuộc";

    /** What the classes taught, each with the people it was for. */
    private static final List<Topic> TOPICS = List.of(
            new Topic("Quán triệt Luật Thực hiện dân chủ ở cơ sở năm 2022 và các văn bản hướng dẫn thi hành",
                    List.of(KEY_COMMUNE_STAFF, PARTY_MEMBERS, STEERING_MEMBERS)),
            new Topic("Tập huấn Nghị định số 59/2023/NĐ-CP quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở",
                    List.of(KEY_COMMUNE_STAFF, STEERING_MEMBERS)),
            new Topic("Bồi dưỡng nghiệp vụ công tác dân vận và thực hiện dân chủ ở cơ sở",
                    List.of(FRONT_STAFF, STEERING_MEMBERS, VILLAGE_LEADERS)),
            new Topic("Kỹ năng tiếp công dân, đối thoại với Nhân dân và giải quyết phản ánh, kiến nghị",
                    List.of(KEY_COMMUNE_STAFF, VILLAGE_LEADERS)),
            new Topic("Kỹ năng tổ chức hội nghị cán bộ, công chức, viên chức",
                    List.of(HEADS_OF_AGENCIES)),
            new Topic("Tổ chức hội nghị người lao động và đối thoại tại nơi làm việc theo Nghị định số 145/2020/NĐ-CP",
                    List.of(UNION_LEADERS)),
            new Topic("Xây dựng, thực hiện hương ước, quy ước thôn, khu phố",
                    List.of(VILLAGE_LEADERS, FRONT_STAFF)),
            new Topic("Nghiệp vụ hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng",
                    List.of(PEOPLES_BOARDS)),
            new Topic("Lấy ý kiến Nhân dân về dự thảo văn bản; tiếp thu, giải trình ý kiến",
                    List.of(KEY_COMMUNE_STAFF, FRONT_STAFF, VILLAGE_LEADERS)),
            new Topic("Quán triệt Kết luận số 120-KL/TW của Bộ Chính trị về thực hiện dân chủ ở cơ sở",
                    List.of(PARTY_MEMBERS, KEY_COMMUNE_STAFF)),
            new Topic("Công khai thông tin ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở",
                    List.of(KEY_COMMUNE_STAFF, PEOPLES_BOARDS)),
            new Topic("Thực hiện phong trào thi đua \"Dân vận khéo\" gắn với thực hiện dân chủ ở cơ sở",
                    List.of(FRONT_STAFF, PARTY_MEMBERS, HEADS_OF_AGENCIES)));

    /** Month weights, January to December: few classes around Tết and at the year's end. */
    private static final int[] MONTH_WEIGHTS = {2, 2, 8, 10, 10, 9, 8, 9, 10, 10, 8, 4};

    private record Topic(String title, List<String> audiences) {
    }

    record Row(String organizerCode, LocalDate date, String topic, String audience, String location, int attendances) {
    }

    private TrainingDemoRecords() {
    }

    /** @param names unit names by code, for the places the classes were held */
    static List<Row> rows(Map<String, String> names) {
        Random random = new Random(SEED);
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, Integer> district : CLASSES.entrySet()) {
            String code = district.getKey();
            String name = names.getOrDefault(code, code);
            for (int i = 0; i < district.getValue(); i++) {
                Topic chosen = TOPICS.get(random.nextInt(TOPICS.size()));
                String topic = chosen.title();
                String audience = chosen.audiences().get(random.nextInt(chosen.audiences().size()));
                LocalDate date = workingDay(random);
                while (!keys.add(code + "|" + date + "|" + topic)) {
                    date = nextWorkingDay(date);
                }
                String location = random.nextInt(3) == 0 ? "Hội trường " + partyCommitteeOf(name)
                        : "Trung tâm Chính trị " + lowerFirst(name);
                rows.add(new Row(code, date, topic, audience, location, 50 + random.nextInt(140)));
            }
        }
        return balance(rows);
    }

    /** Inserts the classes that are not there yet (by organiser, date and topic); answers how many it added. */
    public static int load(Connection connection) throws SQLException {
        Map<String, Long> unitIds = DemoJdbc.byCode(connection, "unit");
        Map<String, String> names = new HashMap<>();
        DemoUnits.all().forEach(u -> names.put(u.code(), u.name()));
        Set<String> present = new HashSet<>();
        try (PreparedStatement existing = connection.prepareStatement(
                "SELECT organizer_unit_id, held_on, topic FROM training WHERE held_on BETWEEN ? AND ?")) {
            existing.setDate(1, Date.valueOf(LocalDate.of(YEAR, 1, 1)));
            existing.setDate(2, Date.valueOf(LocalDate.of(YEAR, 12, 31)));
            try (ResultSet rs = existing.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate() + "|" + rs.getString(3));
                }
            }
        }
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO training (organizer_unit_id, held_on, topic, audience, location, attendances,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (Row row : rows(names)) {
                Long organizer = unitIds.get(row.organizerCode());
                if (organizer == null || present.contains(organizer + "|" + row.date() + "|" + row.topic())) {
                    continue;
                }
                insert.setLong(1, organizer);
                insert.setDate(2, Date.valueOf(row.date()));
                insert.setString(3, row.topic());
                insert.setString(4, row.audience());
                insert.setString(5, row.location());
                insert.setInt(6, row.attendances());
                insert.addBatch();
                added++;
            }
            insert.executeBatch();
        }
        return added;
    }

    /** Moves attendances one by one across the classes until they add up to the seed's total. */
    private static List<Row> balance(List<Row> rows) {
        int[] attendances = rows.stream().mapToInt(Row::attendances).toArray();
        int gap = ATTENDANCES - java.util.Arrays.stream(attendances).sum();
        for (int i = 0; gap != 0; i = (i + 1) % attendances.length) {
            if (gap > 0 && attendances[i] < 300) {
                attendances[i]++;
                gap--;
            } else if (gap < 0 && attendances[i] > 30) {
                attendances[i]--;
                gap++;
            }
        }
        List<Row> balanced = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            balanced.add(new Row(row.organizerCode(), row.date(), row.topic(), row.audience(), row.location(),
                    attendances[i]));
        }
        return balanced;
    }

    private static LocalDate workingDay(Random random) {
        int total = java.util.Arrays.stream(MONTH_WEIGHTS).sum();
        int pick = random.nextInt(total);
        int month = 0;
        while (pick >= MONTH_WEIGHTS[month]) {
            pick -= MONTH_WEIGHTS[month];
            month++;
        }
        LocalDate date = LocalDate.of(YEAR, month + 1, 1 + random.nextInt(28));
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    private static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date;
        do {
            next = next.plusDays(1);
            if (next.getYear() != YEAR) {
                next = LocalDate.of(YEAR, 1, 2);
            }
        } while (!isWorkingDay(next));
        return next;
    }

    /** Monday to Friday, outside Tết (8–14 Feb 2024) and the 30/4–1/5 and 2/9 holidays. */
    private static boolean isWorkingDay(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !(date.getMonthValue() == 2 && date.getDayOfMonth() >= 8 && date.getDayOfMonth() <= 14)
                && !date.equals(LocalDate.of(YEAR, 4, 29)) && !date.equals(LocalDate.of(YEAR, 4, 30))
                && !date.equals(LocalDate.of(YEAR, 5, 1)) && !date.equals(LocalDate.of(YEAR, 9, 2))
                && !date.equals(LocalDate.of(YEAR, 9, 3));
    }

    /** "Thành phố Hạ Long" → "Thành ủy Hạ Long"; "Huyện Cô Tô" → "Huyện ủy Cô Tô"; "Thị xã …" → "Thị ủy …". */
    private static String partyCommitteeOf(String districtName) {
        for (String[] level : new String[][] {{"Thành phố ", "Thành ủy "}, {"Thị xã ", "Thị ủy "}, {"Huyện ", "Huyện ủy "}}) {
            if (districtName.startsWith(level[0])) {
                return level[1] + districtName.substring(level[0].length());
            }
        }
        return districtName;
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, Integer> classes() {
        Map<String, Integer> classes = new LinkedHashMap<>();
        classes.put("193", 9);
        classes.put("194", 6);
        classes.put("195", 8);
        classes.put("196", 6);
        classes.put("198", 4);
        classes.put("199", 5);
        classes.put("200", 4);
        classes.put("201", 5);
        classes.put("202", 4);
        classes.put("203", 5);
        classes.put("205", 6);
        classes.put("206", 6);
        classes.put("207", 4);
        return classes;
    }

    /**
     * The communes that held no training in 2026 (every eleventh by code, from the sixth): they lag in
     * the 2026 review. The demo test reads this list.
     */
    public static List<String> communesWithoutTraining2026(List<String> communeCodes) {
        List<String> sorted = communeCodes.stream().sorted().toList();
        List<String> lagging = new ArrayList<>();
        for (int i = 5; i < sorted.size(); i += 11) {
            lagging.add(sorted.get(i));
        }
        return lagging;
    }

    /**
     * After the reform, on the communes directly under the province: each new commune's first class
     * in the second half of 2025, and one to three classes in 2026 but in the lagging communes.
     */
    public static int loadRecent(Connection connection, List<DemoUnits.Stored> communes) throws SQLException {
        if (DemoJdbc.exists(connection, "SELECT 1 FROM training WHERE held_on >= '2025-07-01' LIMIT 1")) {
            return 0;
        }
        Random random = new Random(DemoDates.RECENT_SEED);
        Set<String> lagging = new HashSet<>(communesWithoutTraining2026(
                communes.stream().map(DemoUnits.Stored::code).toList()));
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO training (organizer_unit_id, held_on, topic, audience, location, attendances,"
                        + " version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (DemoUnits.Stored commune : communes) {
                // The new commune's first class, on the organisation of local government at two levels.
                LocalDate first = DemoDates.workingDay(random, DemoDates.REFORM.plusMonths(1), LocalDate.of(2025, 12, 15));
                added += training(insert, commune, first,
                        "Quán triệt Luật Tổ chức chính quyền địa phương năm 2025 và quy chế dân chủ của chính quyền cấp xã mới",
                        "Cán bộ, công chức " + commune.name(), 40 + random.nextInt(80));
                if (lagging.contains(commune.code())) {
                    continue;
                }
                int classes = 1 + random.nextInt(3);
                for (int i = 0; i < classes; i++) {
                    LocalDate day = DemoDates.workingDay(random, LocalDate.of(2026, 3, 1), DemoDates.LAST_DAY.minusDays(10));
                    added += training(insert, commune, day,
                            i == 0 ? "Tập huấn thực hiện dân chủ ở cơ sở năm 2026" : "Bồi dưỡng kỹ năng tiếp công dân, đối thoại với Nhân dân",
                            i == 0 ? "Bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân phố" : "Cán bộ, công chức " + commune.name(),
                            30 + random.nextInt(120));
                }
            }
            insert.executeBatch();
        }
        return added;
    }

    private static int training(PreparedStatement insert, DemoUnits.Stored commune, LocalDate day, String topic,
                                String audience, int attendances) throws SQLException {
        insert.setLong(1, commune.id());
        insert.setDate(2, Date.valueOf(day));
        insert.setString(3, topic);
        insert.setString(4, audience);
        insert.setString(5, "Hội trường UBND " + commune.name());
        insert.setInt(6, attendances);
        insert.addBatch();
        return 1;
    }
}
