package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and words are built the same way from Tesseract's TSV and from text pages. */
class LinesTest {
    @Test
    void tsvWordsAreGroupedByTheirLineIdsWithBoxesAndConfidences() {
        String tsv = String.join("\n",
                "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t",
                "4\t1\t1\t1\t1\t0\t300\t200\t900\t60\t-1\t",
                "5\t1\t1\t1\t1\t1\t300\t200\t40\t60\t96.5\t1.",
                "5\t1\t1\t1\t1\t2\t360\t200\t80\t60\t91.25\t(a)",
                "5\t1\t1\t1\t1\t3\t460\t200\t20\t60\t95\t ",
                "5\t1\t1\t1\t2\t1\t300\t300\t250\t60\t62\t3,088,878",
                "5\t1\t2\t1\t1\t1\t300\t900\t100\t60\t-1\t=");
        List<Line> lines = TsvLines.parse(tsv, 3);
        assertEquals(List.of("1. (a)", "3,088,878", "="), lines.stream().map(Line::text).toList());
        assertEquals(new Word("(a)", 91.25, new Box(360, 200, 80, 60)), lines.get(0).words().get(1));
        assertEquals(62, lines.get(1).words().get(0).confidence());
        assertEquals(0, lines.get(2).words().get(0).confidence(), "negative confidence is clamped to 0");
        assertEquals(3, lines.get(1).page());
    }

    @Test
    void textPageKeepsLinesVerbatimAndSplitsWordsOnWhitespace() {
        PageText page = TextLines.page(2, TextLines.TRANSCRIPTION, "1. (a) i) $f_t = 4$\r\n\n   \n\t(b)  0.6044  \n");
        assertEquals(List.of("1. (a) i) $f_t = 4$", "\t(b)  0.6044"), page.lines().stream().map(Line::text).toList());
        assertEquals(List.of("(b)", "0.6044"), page.lines().get(1).words().stream().map(Word::text).toList());
        Word word = page.lines().get(0).words().get(3);
        assertEquals(new Word("$f_t", 100.0, Box.NONE), word);
        assertEquals("transcription", page.engine());
        assertEquals(null, page.imageSha256());
    }

    @Test
    void textLayerWordsTakeTheirPrintedBoxesInOrderAndAWordPdfBoxDidNotPlaceHasNone() {
        var placed = java.util.List.of(new examgrader.ingest.PlacedWord("total", 10, 20, 50, 12),
                new examgrader.ingest.PlacedWord("=", 70, 20, 8, 12), new examgrader.ingest.PlacedWord("72", 90, 20, 20, 12),
                new examgrader.ingest.PlacedWord("72", 10, 40, 20, 12));
        PageText page = TextLines.page(1, TextLines.TEXT_LAYER, "total = 72 \u00b7\n72", placed);
        var first = page.lines().get(0).words();
        org.junit.jupiter.api.Assertions.assertEquals(new Box(90, 20, 20, 12), first.get(2).box());
        org.junit.jupiter.api.Assertions.assertEquals(Box.NONE, first.get(3).box(), "a token PDFBox did not place");
        org.junit.jupiter.api.Assertions.assertEquals(new Box(10, 40, 20, 12), page.lines().get(1).words().get(0).box(),
                "the second 72 is the second placed 72, not the first");
        org.junit.jupiter.api.Assertions.assertEquals(100.0, first.get(0).confidence());
    }
}
