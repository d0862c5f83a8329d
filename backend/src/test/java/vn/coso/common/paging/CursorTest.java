package vn.coso.common.paging;

import org.junit.jupiter.api.Test;
import vn.coso.common.errors.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The cursor of keyset paging, without the database: what it carries and what it refuses. */
class CursorTest {

    private static final SortableFields FIELDS = SortableFields.of("name", "name", "u.name", "createdAt", "u.createdAt");

    @Test
    void aCursorReadsBackItsValuesAsTheTypesTheQueryCompares() {
        List<SortField> sort = new PageRequest(null, null, List.of("name,desc", "createdAt")).sort(FIELDS);
        Instant created = Instant.parse("2026-12-02T10:15:30.123456Z");
        String raw = Cursor.after("u.id", sort, new Object[]{42L, "Thôn Đông", created});

        PageWindow window = new KeysetPageRequest(null, "5", List.of("name,desc", "createdAt"), raw).window(FIELDS, "u.id");

        assertEquals(0, window.page());
        assertEquals(0, window.offset());
        assertEquals(42L, window.after().id());
        assertEquals("Thôn Đông", window.after().value(0, String.class));
        assertEquals(created, window.after().value(1, Instant.class));
    }

    @Test
    void aNullSortValueStaysNull() {
        List<SortField> sort = new PageRequest(null, null, List.of("createdAt")).sort(FIELDS);
        String raw = Cursor.after("u.id", sort, new Object[]{7L, null});
        assertNull(Cursor.decode(raw).value(0, LocalDate.class));
    }

    @Test
    void refusesWhatIsNotACursorOfThisListAndSort() {
        List<SortField> byName = new PageRequest(null, null, null).sort(FIELDS);
        String raw = Cursor.after("u.id", byName, new Object[]{1L, "A"});
        assertEquals("paging.after.conflict", code(() -> new KeysetPageRequest("1", null, null, raw).window(FIELDS, "u.id")));
        assertEquals("paging.after.sort", code(() -> new KeysetPageRequest(null, null, List.of("createdAt"), raw).window(FIELDS, "u.id")));
        assertEquals("paging.after.invalid", code(() -> new KeysetPageRequest(null, null, null, raw).window(FIELDS, "m.id")));
        assertEquals("paging.after.invalid", code(() -> new KeysetPageRequest(null, null, null, "%%").window(FIELDS, "u.id")));
        assertEquals("paging.after.invalid", code(() -> Cursor.decode(raw).value(0, LocalDate.class)));
    }

    private static String code(Runnable action) {
        return assertThrows(ProblemException.class, action::run).code();
    }
}
