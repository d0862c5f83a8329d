package vn.coso.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyOrganization;
import vn.coso.testing.SqlStatements;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;


import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.testing.Api.as;

/**
 * Each list's page is chosen on the index of its default sort (issue 15): after the tables hold a
 * few thousand rows and are analysed, the EXPLAIN of the statement a list request really sends
 * (captured by {@link SqlStatements}) reads that index in order, without a temporary table or a
 * sort, and the count reads at most the count limit.
 */
@QuarkusTest
class ListPlansTest {

    private static final int ROWS = 3000;
    private static boolean filled;
    private static long communeId;
    private static String committeePath;

    @Inject
    DataSource dataSource;
    @Inject
    TestUnits units;
    @Inject
    TestParty party;

    @BeforeEach
    void fill() throws SQLException {
        if (filled) {
            return;
        }
        Unit commune = units.create("Xã Kế Hoạch Truy Vấn", UnitType.COMMUNE, units.haLong());
        communeId = commune.id;
        PartyOrganization committee = party.organization("Đảng bộ xã Kế Hoạch", GRASSROOTS, COMMITTEE, commune, null);
        PartyOrganization cell = party.organization("Chi bộ Kế Hoạch", BELOW_GRASSROOTS, CELL, commune, committee);
        committeePath = committee.path;
        String stamp = "UTC_TIMESTAMP(6)";
        execute("INSERT INTO party_organization (code, name, level, form, unit_id, parent_id, path, active, version,"
                + " created_at, updated_at) SELECT CONCAT('PLAN-', s.seq, '-', " + cell.id + "), CONCAT('Chi bộ số ', s.seq),"
                + " 'BELOW_GRASSROOTS', 'CELL', " + commune.id + ", " + committee.id + ", CONCAT('" + committee.path
                + "', 9000000 + s.seq, '/'), TRUE, 0, " + stamp + ", " + stamp + " FROM seq_1_to_" + ROWS + " s");
        execute("INSERT INTO party_member (full_name, party_card_number, admission_date, organization_id, status, version,"
                + " created_at, updated_at) SELECT CONCAT('Đảng viên ', s.seq), CONCAT('P', " + cell.id + " % 1000, '.', s.seq),"
                + " '2001-01-01', " + cell.id + ", 'ACTIVE', 0, " + stamp + ", " + stamp + " FROM seq_1_to_" + ROWS + " s");
        execute("INSERT INTO inspection (kind, form, subject_organization_id, scope_unit_id, conducting_organization_id,"
                + " conducting_body, plan_year, planned_start, topic, status, version, created_at, updated_at)"
                + " SELECT 'SUPERVISION', 'THEMATIC', " + cell.id + ", " + commune.id + ", " + committee.id + ","
                + " 'INSPECTION_COMMISSION', 2023, DATE_ADD('2023-01-01', INTERVAL s.seq % 300 DAY), 'Kế hoạch truy vấn',"
                + " 'PLANNED', 0, " + stamp + ", " + stamp + " FROM seq_1_to_" + ROWS + " s");
        execute("INSERT INTO feedback (tracking_code, unit_id, democracy_right, type, channel, title, text, anonymous, status,"
                + " priority, received_at, acknowledge_due_at, answer_due_at, version, created_at, updated_at)"
                + " SELECT CONCAT('Q', LPAD(s.seq + " + cell.id + " * 10000, 9, '0')), " + commune.id + ", 'KNOW', 'FEEDBACK',"
                + " 'WEB', 'Kế hoạch truy vấn', 'Nội dung', FALSE, 'CLOSED', 'NORMAL', UTC_TIMESTAMP(6) - INTERVAL s.seq HOUR,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0, " + stamp + ", " + stamp + " FROM seq_1_to_" + ROWS + " s");
        execute("ANALYZE TABLE unit, party_organization, party_member, inspection, feedback");
        filled = true;
    }

    @Test
    void inspectionsArePagedOnThePlannedStartIndex() throws SQLException {
        assertPagedOnIndex("/api/v1/inspections?size=20", "inspection", "ix_inspection_planned_start");
        assertPagedOnIndex("/api/v1/inspections?size=20&year=2023", "inspection", "ix_inspection_year_planned_start");
        assertPagedOnIndex("/api/v1/inspections?size=20&sort=plannedStart,desc", "inspection", "ix_inspection_planned_start");
    }

    @Test
    void partyMembersArePagedOnTheNameIndex() throws SQLException {
        assertPagedOnIndex("/api/v1/party-members?size=20", "party_member", "ix_party_member_name");
    }

    @Test
    void partyOrganizationsArePagedOnTheNameIndex() throws SQLException {
        assertPagedOnIndex("/api/v1/party-organizations?size=20", "party_organization", "ix_party_organization_name");
    }

    @Test
    void partyOrganisationMemberCountsReadOnlyEachSubtreesRange() throws SQLException {
        List<String> sql = SqlStatements.during(() -> as("admin").get("/api/v1/party-organizations?size=20")
                .then().statusCode(200));
        // Each arm's parameter is one organisation's path; the plan is read here for one of the filled cells.
        String counts = sql.stream().filter(s -> s.contains(" union all ")).findFirst().orElseThrow();
        int arms = 0;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + counts.replace("?", "'" + committeePath + "9000001/%'"))) {
            while (plan.next()) {
                String table = String.valueOf(plan.getString("table"));
                if (table.startsWith("<union")) {
                    continue;
                }
                if ("ix_party_organization_path".equals(plan.getString("key"))) {
                    arms++;
                    assertEquals("range", plan.getString("type"), counts);
                } else {
                    // each organisation of the range joins its own count row by its key
                    assertEquals("eq_ref", plan.getString("type"), table + ": " + counts);
                }
            }
        }
        assertEquals(20, arms, "one arm per organisation of the page: " + counts);
    }

    @Test
    void feedbackIsPagedOnTheReceivedIndex() throws SQLException {
        assertPagedOnIndex("/api/v1/feedback?size=20", "feedback", "ix_feedback_received_at");
    }

    @Test
    void partyMemberSearchReadsTheFullTextIndexAndFoldsAccents() throws SQLException {
        // Words start the record's words, without their accents; the LIKE keeps the text's order.
        as("admin").queryParam("q", "dang vien 1234").get("/api/v1/party-members").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(1))
                .body("items[0].fullName", org.hamcrest.Matchers.is("Đảng viên 1234"));
        as("admin").queryParam("q", "viên 1234").get("/api/v1/party-members").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(1));
        as("admin").queryParam("q", "1234 viên").get("/api/v1/party-members").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(0));
        List<String> sql = SqlStatements.during(() -> as("admin").queryParam("q", "dang vien 1234")
                .get("/api/v1/party-members").then().statusCode(200));
        String ids = sql.get(0);
        assertTrue(ids.contains("match(") && ids.contains("against"), ids);
        // The parameters in order: the boolean-mode words, the LIKE pattern for each column, then the page's window.
        String bound = bind(ids, "'+dang* +vien* +1234*'", "'%dang vien 1234%'", "'%dang vien 1234%'")
                .replace("?", "21");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + bound)) {
            assertTrue(plan.next(), "no plan for " + bound);
            assertEquals("fulltext", plan.getString("type"), bound);
            assertEquals("ft_party_member_search", plan.getString("key"), bound);
        }
    }

    @Test
    void searchWithOnlyShortWordsKeepsFindingThem() {
        // "Lê", "Hà": shorter than the index's shortest word, found by the LIKE alone.
        as("admin").queryParam("q", "viên 12").get("/api/v1/party-members").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(11));
        as("admin").queryParam("q", "Chi bộ số 29").get("/api/v1/party-organizations").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem("Chi bộ số 29"));
    }

    @Test
    void inspectionsAfterACursorAreReadOnThePlannedStartIndex() throws SQLException {
        assertPagedOnIndexAfter("/api/v1/inspections?size=20", "inspection", "ix_inspection_planned_start");
        assertPagedOnIndexAfter("/api/v1/inspections?size=20&sort=plannedStart,desc", "inspection", "ix_inspection_planned_start");
    }

    @Test
    void partyMembersAfterACursorAreReadOnTheNameIndex() throws SQLException {
        assertPagedOnIndexAfter("/api/v1/party-members?size=20", "party_member", "ix_party_member_name");
    }

    @Test
    void feedbackAfterACursorIsReadOnTheReceivedIndex() throws SQLException {
        assertPagedOnIndexAfter("/api/v1/feedback?size=20", "feedback", "ix_feedback_received_at");
    }

    @Test
    void aSyncAfterACursorIsReadOnTheChangeIndex() throws SQLException {
        // updatedSince's instant comes first among the statement's parameters, before the cursor's
        assertPagedOnIndexAfter("/api/v1/feedback?size=20&sort=updatedAt&updatedSince=2000-01-01T00:00:00Z", "feedback",
                "ix_feedback_updated_at", "'2000-01-01 00:00:00'");
        assertPagedOnIndexAfter("/api/v1/party-members?size=20&sort=updatedAt&updatedSince=2000-01-01T00:00:00Z",
                "party_member", "ix_party_member_updated_at", "'2000-01-01 00:00:00'");
    }

    @Test
    void countsBelowTheLimitAreExact() {
        // The commune's own rows: the whole table is shared with the other tests (the demo's 16,000 among them).
        as("admin").get("/api/v1/inspections?size=20&unitId=" + communeId).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(ROWS))
                .body("totalIsEstimate", org.hamcrest.Matchers.is(false))
                .body("hasMore", org.hamcrest.Matchers.is(true));
    }

    /** The first statement of the list request chooses the page's ids: its plan reads {@code index} in order. */
    private void assertPagedOnIndex(String path, String table, String index) throws SQLException {
        List<String> sql = SqlStatements.during(() -> as("admin").get(path).then().statusCode(200));
        String ids = sql.get(0);
        assertTrue(ids.startsWith("select") && ids.contains(" from " + table + " ") && !ids.contains("join"),
                path + " chose its page with: " + ids);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + ids.replace("?", "20"))) {
            assertTrue(plan.next(), "no plan for " + ids);
            assertEquals(index, plan.getString("key"), path + ": " + ids);
            String extra = String.valueOf(plan.getString("Extra"));
            assertFalse(extra.contains("filesort") || extra.contains("temporary"), path + ": " + extra);
            assertFalse(plan.next(), path + " reads a second table: " + ids);
        }
    }

    private static String bind(String sql, String... values) {
        String bound = sql;
        for (String value : values) {
            int at = bound.indexOf('?');
            assertTrue(at >= 0, "fewer parameters than values in " + sql);
            bound = bound.substring(0, at) + value + bound.substring(at + 1);
        }
        return bound;
    }

    /**
     * The page after a cursor deep in the list (the last row of page 100) is read from {@code index}
     * as a range that starts at the cursor: {@code (a > ? or (a = ? and id > ?))} is served by the
     * index on {@code a}, to which InnoDB appends the id, without a sort.
     */
    private void assertPagedOnIndexAfter(String path, String table, String index, String... filterLiterals)
            throws SQLException {
        String cursor = as("admin").get(path + "&page=100").then().statusCode(200).extract().path("nextCursor");
        assertNotNull(cursor, path + " has no page after page 100");
        JsonNode decoded;
        try {
            decoded = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(cursor));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String value = decoded.get("k").get(0).asText();
        String literal = "'" + (value.matches("\\d{4}-\\d\\d-\\d\\dT.*Z") ? value.replace("T", " ").replace("Z", "") : value) + "'";
        List<String> sql = SqlStatements.during(() -> as("admin").get(path + "&after=" + cursor).then().statusCode(200));
        String ids = sql.get(0);
        assertTrue(ids.startsWith("select") && ids.contains(" from " + table + " ") && !ids.contains("join"),
                path + " chose its page with: " + ids);
        // the cursor's value (twice: after it, and equal to it with a greater id), its id, the limit
        List<String> literals = new ArrayList<>(List.of(filterLiterals));
        literals.addAll(List.of(literal, literal, decoded.get("id").asText(), "21"));
        assertEquals(literals.size(), ids.chars().filter(c -> c == '?').count(), ids);
        String bound = bind(ids, literals.toArray(String[]::new));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN " + bound)) {
            assertTrue(plan.next(), "no plan for " + bound);
            assertEquals(index, plan.getString("key"), path + ": " + bound);
            assertEquals("range", plan.getString("type"), path + ": " + bound);
            String extra = String.valueOf(plan.getString("Extra"));
            assertFalse(extra.contains("filesort") || extra.contains("temporary"), path + ": " + extra);
            assertFalse(plan.next(), path + " reads a second table: " + bound);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
