package vn.coso.common.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import vn.coso.common.paging.PageResult;
import vn.coso.testing.NullableDeclaredCheck;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The check every @QuarkusTest response passes (testing/NullableDeclaredCheck), without Quarkus. */
class NullableDeclaredCheckTest {

    record Place(String name, @Schema(nullable = true) String note, long population) {
    }

    record Visit(Place place, @Schema(nullable = true) Place previous) {
    }

    @Test
    void aNullInAComponentThatDoesNotDeclareItIsNamed() {
        assertEquals(List.of("Place.name (" + Place.class.getName() + ")"),
                NullableDeclaredCheck.violations(new Place(null, null, 1)));
    }

    @Test
    void declaredNullsAndPresentValuesPass() {
        assertEquals(List.of(), NullableDeclaredCheck.violations(new Place("Hạ Long", null, 1)));
        assertEquals(List.of(), NullableDeclaredCheck.violations(new Visit(new Place("Hạ Long", "x", 1), null)));
    }

    @Test
    void recordsInsidePagesAndRecordsAreChecked() {
        var page = new PageResult<>(List.of(new Visit(new Place("a", null, 1), null), new Visit(null, null)), 0, 20, 2);
        assertEquals(List.of("PageResult.items[1].place (" + Visit.class.getName() + ")"),
                NullableDeclaredCheck.violations(page));
        assertEquals(List.of("Visit.place.name (" + Place.class.getName() + ")"),
                NullableDeclaredCheck.violations(new Visit(new Place(null, null, 1), null)));
    }
}
