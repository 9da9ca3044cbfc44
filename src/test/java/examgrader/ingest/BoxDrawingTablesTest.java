package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoxDrawingTablesTest {
    @Test
    void aBoxDrawnTableIsReadAsItsRows() {
        String table = "FINAL\n┌──────────┬──────────┐\n│ Item     │ Answer   │\n├──────────┼──────────┤\n│ 2.4 par. │ 100,352  │\n"
                + "│ 2.5      │ 65,536   │\n└──────────┴──────────┘";
        List<String> lines = TypedText.asLines(table).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals("FINAL", lines.get(0));
        assertTrue(lines.contains("2.4 par.: 100,352"), lines.toString());
        assertTrue(lines.contains("2.5: 65,536"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.matches(".*[\\u2500-\\u257F+].*")), lines.toString());
    }

    @Test
    void doubleAndHeavyStrokesAreRulesToo() {
        String table = "╔═════╦═════╗\n║ Q   ║ Ans ║\n╠═════╬═════╣\n║ 3c  ║ 72  ║\n╚═════╩═════╝";
        assertEquals("+-----+-----+\n| Q   | Ans |\n+-----+-----+\n| 3c  | 72  |\n+-----+-----+", BoxDrawingTables.asLines(table));
    }

    @Test
    void aBarWithoutADrawnRuleIsLeftAsWritten() {
        for (String text : List.of("‖U^f(d)‖ │ norm", "x │ y\n3c: 72", "─── end ─── 72")) {
            assertEquals(text, BoxDrawingTables.asLines(text));
        }
    }
}
