package vn.coso.demo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.coso.units.UnitRepository;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/** The one smoke test of the full demo data set. */
@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    UnitRepository units;

    @Test
    void loadsQuangNinh2024OnceAndOnlyOnce() throws Exception {
        loader.load();
        long afterFirst = units.count();
        int addedAgain = loader.load();

        assertEquals(0, addedAgain, "a second load must add nothing");
        assertEquals(afterFirst, units.count());
        int expected = DemoUnits.all().size();
        assertTrue(afterFirst >= expected, "every demo unit is in the database");

        // 1 province + 13 districts + 177 communes from the GSO list, as SOURCES.md counts them
        as("admin").queryParam("type", "DISTRICT").queryParam("q", "").queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("207"));
        as("admin").queryParam("q", "Bạch Đằng").queryParam("type", "COMMUNE").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("06694"));
        long communes = DemoUnits.read("demo/quang-ninh-units-2024.csv").stream()
                .filter(r -> r.type().equals("COMMUNE")).count();
        assertEquals(177, communes);
        as("officer.bachdang").queryParam("parentId", units.findByCode("06694").orElseThrow().id)
                .queryParam("type", "VILLAGE").queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200)
                .body("items.code", hasItems("06694-TDP1", "06694-TDP2", "06694-TDP3", "06694-TDP4", "06694-TDP5"));
    }

    @Test
    void bundledUnitListIsTheSharedOne() throws Exception {
        Path shared = Path.of("..", "..", "shared", "data", "quang-ninh-units-2024.csv");
        Assumptions.assumeTrue(Files.exists(shared), "the shared folder is not beside the repository");
        byte[] bundled = DemoDataLoaderTest.class.getClassLoader()
                .getResourceAsStream("demo/quang-ninh-units-2024.csv").readAllBytes();
        assertArrayEquals(Files.readAllBytes(shared), bundled);
    }
}
