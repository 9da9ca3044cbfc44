package examgrader.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirLine() {
        List<Csv.Row> rows = Csv.parse("student_id,comment\r\n18CS1,\"says \"\"3, 5\"\"\nthen 72\"\n\n18CS2,ok\n", "m.csv");
        assertEquals(2 + 1, rows.size());
        assertEquals(List.of("18CS1", "says \"3, 5\"\nthen 72"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(5, rows.get(2).line(), "the quoted line break and the blank line are counted");
    }

    @Test
    void writtenLineReadsBackAsTheSameFields() {
        List<String> fields = List.of("1", "a, b", "he said \"72\"", "two\nlines", "");
        assertEquals(fields, Csv.parse(Csv.line(fields), "x").get(0).fields());
    }

    @Test
    void unclosedQuoteIsRefusedWithItsLine() {
        AuditException e = assertThrows(AuditException.class, () -> Csv.parse("a,b\n1,\"open\n", "m.csv"));
        assertTrue(e.getMessage().startsWith("m.csv:2: "), e.getMessage());
    }
}
