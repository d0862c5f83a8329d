package vn.coso.common.reporting;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitsWithoutRecordsTest {

    @Test
    void aUnitLagsWhenNoRecordLiesInItsSubtree() {
        Map<Long, String> communes = new LinkedHashMap<>();
        communes.put(14L, "/1/14/");
        communes.put(15L, "/1/15/");
        communes.put(151L, "/1/151/");
        communes.put(16L, "/1/16/");
        // A record of a village of 14, one of 16 itself, and one of the province's own: 15 and 151 have none
        // ('/1/151/' is not under '/1/15/', although it starts with the same characters).
        List<String> records = List.of("/1/14/203/", "/1/16/", "/1/");
        assertEquals(List.of(15L, 151L), UnitsWithoutRecords.among(communes, records));
        assertEquals(List.of(14L, 15L, 151L, 16L), UnitsWithoutRecords.among(communes, List.of()));
    }
}
