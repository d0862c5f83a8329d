package vn.coso.common.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** OWASP's CSV injection rule, cell by cell. */
class SafeCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAreQuoted() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "\n=1",
            "＝1", "＋1", "－1", "＠A1", "  =HYPERLINK(\"x\")"}) {
            assertEquals("'" + formula, SafeCsv.neutralise(formula), formula);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : new String[] {"Phường Bạch Đằng", "1-2", "a=b", "", "'already"}) {
            assertEquals(text, SafeCsv.neutralise(text));
        }
        assertNull(SafeCsv.neutralise(null));
    }

    @Test
    void numbersStayNumbersAndTheFileStartsWithAByteOrderMark() {
        byte[] file = SafeCsv.write(csv -> csv.record("=A1", -0.5, 3, null, "Xã"));
        String text = new String(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFF'=A1,-0.5,3,,Xã\r\n", text);
    }
}
