package vn.coso.common;

import org.junit.jupiter.api.Test;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.web.ETags;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {

    private static final SortableFields FIELDS = SortableFields.of("code", "code", "u.code", "name", "u.name");

    @Test
    void defaultsToFirstPageOfTwenty() {
        PageRequest page = new PageRequest(null, null, null);
        assertEquals(0, page.page());
        assertEquals(20, page.size());
        assertEquals(" order by u.code asc, u.id asc", SortableFields.orderBy(page.sort(FIELDS), "u.id"));
    }

    @Test
    void sortsBySeveralFields() {
        PageRequest page = new PageRequest("2", "50", List.of("name,desc", "code"));
        assertEquals(100, page.offset());
        assertEquals(" order by u.name desc, u.code asc, u.id asc", SortableFields.orderBy(page.sort(FIELDS), "u.id"));
    }

    @Test
    void refusesUnknownSortFieldsAndBadSizes() {
        assertThrows(ProblemException.class, () -> new PageRequest(null, null, List.of("u.id; drop table unit")).sort(FIELDS));
        assertThrows(ProblemException.class, () -> new PageRequest(null, "0", null).size());
        assertThrows(ProblemException.class, () -> new PageRequest(null, "201", null).size());
        assertThrows(ProblemException.class, () -> new PageRequest("99999999999", null, null).page());
    }

    @Test
    void likePatternEscapesWildcards() {
        assertEquals("%50!%!_off!!%", QueryParams.containsPattern(" 50%_off! "));
    }

    @Test
    void etagsAreVersions() {
        assertEquals(3L, ETags.versionOf("\"3\""));
        assertEquals(3L, ETags.versionOf("W/\"3\""));
        assertNull(ETags.versionOf(null));
        assertNull(ETags.versionOf("*"));
        assertThrows(ProblemException.class, () -> ETags.versionOf("\"abc\""));
    }
}
