package vn.coso.boards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.testing.Tokens;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.coso.testing.Api.as;

/** A people's board's papers through the one attachment mechanism (owner kind {@code board}). */
@QuarkusTest
class BoardAttachmentsTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    TestUnits units;

    @Test
    void aBoardsPapersFollowTheBoardsScopeAndRoles() {
        Unit commune = units.create("Phường Có Biên Bản", UnitType.COMMUNE, units.haLong());
        int id = as("officer.halong").body(BoardResourceTest.board(commune, "PEOPLES_INSPECTION", "2019-03-15", null))
                .post("/api/v1/boards").then().statusCode(201).extract().path("id");
        String files = "/api/v1/attachments/board/" + id;

        upload("officer.halong", files, "Quyết định thành lập ban.pdf").then().statusCode(201)
                .body("ownerKind", equalTo("board")).body("mediaType", equalTo("application/pdf"))
                .body("operations", equalTo(List.of("DELETE")));
        as("viewer").get(files).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].operations", hasSize(0));
        upload("viewer", files, "khac.pdf").then().statusCode(403);
        as("officer.mongcai").get(files).then().statusCode(404);
        upload("officer.mongcai", files, "khac.pdf").then().statusCode(404);
    }

    private static io.restassured.response.Response upload(String user, String path, String name) {
        return RestAssured.given().auth().oauth2(Tokens.of(user))
                .multiPart("file", name, PDF, "application/pdf").post(path);
    }
}
