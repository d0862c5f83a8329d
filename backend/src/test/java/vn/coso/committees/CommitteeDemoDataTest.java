package vn.coso.committees;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.demo.DemoDataLoader;
import vn.coso.testing.TestUnits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;


@QuarkusTest
class CommitteeDemoDataTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    CommitteeDemoRecords demo;

    @Inject
    CommitteeRepository committees;

    @Inject
    TestUnits units;

    /** The whole province's review over the full demo data set takes long on a loaded machine. */
    private static io.restassured.specification.RequestSpecification patient(String user) {
        return patient(user, vn.coso.testing.Api.TEST_LANGUAGE);
    }

    private static io.restassured.specification.RequestSpecification patient(String user, String language) {
        return as(user, language).config(io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 600_000)));
    }

    @Test
    void theProvincesReviewConferenceOf2024IsInTheReviewWithTheSeedsShortcomings() throws Exception {
        loader.load();
        demo.load();
        assertEquals(0, demo.load(), "loads once");
        long province = units.province().id;
        Committee committee = committees.findByUnit(province).orElseThrow();
        assertEquals(3, committees.shortcomings(committee.id, 2024).size());

        JsonPath report = patient("viewer", "vi").queryParam("year", 2024).queryParam("unitId", province)
                .get("/api/v1/reports/annual").then().statusCode(200)
                .body("parts[0].key", is("committee"))
                .body("parts[0].data.meetings.date", hasItem("2024-12-19"))
                .body("parts[0].data.plan.targets.figureKey", hasItem("regulations.share"))
                .extract().jsonPath();
        List<String> kinds = report.getList("parts[0].data.shortcomings.kind");
        assertEquals(List.of("LEFT_TO_STANDING_OFFICE", "LOW_PARTICIPATION", "EMPLOYER_DEPENDENCE"), kinds);
        assertTrue(report.getString("parts[0].tables[0].title").startsWith("Chỉ tiêu kế hoạch"));
        // The next year's review says which of them were remedied.
        patient("viewer").queryParam("year", 2025).queryParam("unitId", province).get("/api/v1/reports/annual")
                .then().statusCode(200).body("parts[0].data.previousShortcomings.remedied", is(List.of(false, true, false)));
        // officer.halong follows Hạ Long and Móng Cái for the committee: only Hạ Long is in the account's scope.
        as("officer.halong").queryParam("year", 2024).get("/api/v1/committees/me/units").then().statusCode(200)
                .body("items.unit.code", hasItem("193"))
                .body("items.unit.code", org.hamcrest.Matchers.not(hasItem("194")));

        // The PDF in Vietnamese, as the province sends it up: targets against results, the conference, and the
        // shortcomings with their causes and remedies (kept for a look: target/committee-review-2024.pdf).
        byte[] pdf = patient("viewer", "vi").queryParam("year", 2024).queryParam("unitId", province)
                .queryParam("format", "pdf").get("/api/v1/reports/annual").then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "committee-review-2024.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String expected : List.of("CÔNG TÁC CỦA BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ",
                    "Chỉ tiêu kế hoạch và kết quả thực hiện", "Hội nghị, cuộc họp của Ban Chỉ đạo", "19/12/2024",
                    "Hạn chế, nguyên nhân và giải pháp khắc phục", "Nguyên nhân chủ quan", "Giải pháp khắc phục",
                    "Đã hoàn thành")) {
                // Table cells share their lines in the extracted text: only headings and short cells are looked for.
                assertTrue(text.contains(expected), "the PDF has " + expected);
            }
        }
    }
}
