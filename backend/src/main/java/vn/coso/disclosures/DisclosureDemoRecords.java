package vn.coso.disclosures;

import vn.coso.common.demo.DemoDates;
import vn.coso.common.demo.DemoJdbc;
import vn.coso.units.DemoUnits;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Every commune's public disclosures, 2024–2026 (issue 18): budget estimate, beneficiaries, budget
 * settlement (one commune in seven missed it each year) and sometimes the land use plan, each on the
 * notice board and some on the loudspeakers and the website. {@link #load} writes 2024 on the 2024
 * structure; {@link #loadRecent}, after the reorganisations, what the old communes disclosed in 2025
 * before they closed and the new communes' disclosures since 01/07/2025. In batches; a seed per
 * commune code keeps it stable. The demo loader adds the people's part (with the boards and the
 * village meetings) once.
 */
public final class DisclosureDemoRecords {

    /** The people's part's seed (with each unit's code or each record's id mixed in). */
    private static final long SEED = 20_240_318L;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private DisclosureDemoRecords() {
    }

    /** 2024 on the 2024 structure. */
    public static int load(Connection connection) throws SQLException {
        return disclosures(connection, DemoUnits.of2024(connection, "COMMUNE"), new int[]{2024}, START, END_2024, false);
    }

    /**
     * 2025 and 2026, once the reorganisations are applied: the old communes' records of 2025 up to
     * their last day, then the disclosures of the communes directly under the province since 01/07/2025.
     */
    public static int loadRecent(Connection connection, List<DemoUnits.Stored> communes) throws SQLException {
        List<DemoUnits.Stored> closed = DemoUnits.stored(connection, "u.type = 'COMMUNE' AND u.valid_to >= '2025-01-01'");
        int added = disclosures(connection, closed, new int[]{2025}, LocalDate.of(2025, 1, 1), DemoDates.REFORM.minusDays(1), false);
        added += disclosures(connection, communes, new int[]{2025, 2026}, DemoDates.REFORM, DemoDates.LAST_DAY, true);
        return added;
    }

    /** Whether any disclosure is recorded (the 2024 part is then not added again). */
    public static boolean any(Connection connection) throws SQLException {
        return DemoJdbc.count(connection, "disclosure") > 0;
    }

    /**
     * The communes of {@code codes} (the communes of one structure) that did not disclose their budget
     * settlement in {@code year}: one in seven, by position in code order. The demo test reads this.
     */
    public static List<String> communesWithoutSettlement(List<String> codes, int year) {
        List<String> sorted = codes.stream().sorted().toList();
        List<String> missing = new ArrayList<>();
        for (int index = 0; index < sorted.size(); index++) {
            if ((index + year) % 7 == 0) {
                missing.add(sorted.get(index));
            }
        }
        return missing;
    }

    /**
     * The communes' disclosures of {@code years} dated from {@code from} to {@code to} and while the
     * commune existed. A commune formed on 01/07/2025 ({@code formed}) disclosed its first budget and
     * the settlement of the communes it replaced in the second half of 2025.
     */
    private static int disclosures(Connection connection, List<DemoUnits.Stored> communes, int[] years, LocalDate from, LocalDate to,
                                   boolean formed) throws SQLException {
        long last = DemoJdbc.maxId(connection, "disclosure");
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO disclosure (unit_id, category, title,"
                + " content, posted_on, posted_until, place, link, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            for (int index = 0; index < communes.size(); index++) {
                DemoUnits.Stored commune = communes.get(index);
                for (int year : years) {
                    Random random = new Random(SEED ^ (commune.code() + year).hashCode());
                    boolean firstHalf = formed && year == DemoDates.REFORM.getYear();
                    List<Object[]> rows = new ArrayList<>();
                    rows.add(new Object[]{"BUDGET_ESTIMATE", "Công khai dự toán ngân sách " + commune.name() + " năm " + year,
                            firstHalf ? "Dự toán thu, chi ngân sách 6 tháng cuối năm của xã, phường sau sắp xếp."
                                    : "Dự toán thu, chi ngân sách xã được Hội đồng nhân dân quyết định.",
                            firstHalf ? LocalDate.of(year, 7, 10 + random.nextInt(20)) : LocalDate.of(year, 1, 5 + random.nextInt(20))});
                    rows.add(new Object[]{"BENEFICIARY_POLICY", "Công khai danh sách hộ nghèo, hộ cận nghèo và chế độ trợ cấp năm " + year,
                            "Danh sách đối tượng được hưởng chính sách bảo trợ xã hội và mức hưởng.",
                            firstHalf ? LocalDate.of(year, 8, 1 + random.nextInt(25)) : LocalDate.of(year, 3, 1 + random.nextInt(25))});
                    // One commune in seven missed its settlement each year: the review names it.
                    if ((index + year) % 7 != 0) {
                        rows.add(firstHalf
                                ? new Object[]{"BUDGET_SETTLEMENT", "Công khai quyết toán ngân sách năm " + (year - 1)
                                        + " của các xã, phường trước sắp xếp",
                                        "Quyết toán thu, chi ngân sách năm " + (year - 1) + " của các đơn vị hợp thành " + commune.name() + ".",
                                        LocalDate.of(year, 9, 1 + random.nextInt(25))}
                                : new Object[]{"BUDGET_SETTLEMENT", "Công khai quyết toán ngân sách năm " + (year - 1),
                                        "Quyết toán thu, chi ngân sách xã năm " + (year - 1) + " đã được phê chuẩn.",
                                        LocalDate.of(year, 7, 1 + random.nextInt(25))});
                    }
                    if (random.nextInt(3) == 0) {
                        rows.add(new Object[]{"LAND_USE_PLAN", "Công khai kế hoạch sử dụng đất năm " + year,
                                "Bản đồ và danh mục công trình, dự án sử dụng đất.",
                                firstHalf ? LocalDate.of(year, 10, 1 + random.nextInt(28)) : LocalDate.of(year, 4, 1 + random.nextInt(28))});
                    }
                    for (Object[] row : rows) {
                        LocalDate day = (LocalDate) row[3];
                        if (!day.isBefore(from) && !day.isAfter(to) && commune.existsOn(day)) {
                            add(insert, commune.id(), (String) row[0], (String) row[1], (String) row[2], day);
                            added++;
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement forms = connection.createStatement()) {
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'NOTICE_BOARD' FROM disclosure"
                    + " WHERE id > " + last);
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'LOUDSPEAKER' FROM disclosure"
                    + " WHERE MOD(id, 2) = 0 AND id > " + last);
            forms.executeUpdate("INSERT INTO disclosure_form (disclosure_id, form) SELECT id, 'WEBSITE' FROM disclosure"
                    + " WHERE MOD(id, 3) = 0 AND id > " + last);
        }
        return added;
    }

    private static void add(PreparedStatement insert, long unitId, String category, String title, String content,
                            LocalDate postedOn) throws SQLException {
        insert.setLong(1, unitId);
        insert.setString(2, category);
        insert.setString(3, title);
        insert.setString(4, content);
        insert.setDate(5, Date.valueOf(postedOn));
        insert.setDate(6, Date.valueOf(postedOn.plusDays(30)));
        insert.setString(7, "Trụ sở Ủy ban nhân dân và nhà văn hóa các thôn, khu phố");
        insert.addBatch();
    }
}
