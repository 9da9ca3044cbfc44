package examgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A student number read from a script is held against the class list. */
class RosterCheckTest {
    private static final Path SCRIPT = Path.of("scans/script-07.pdf");
    private static final Set<String> CLASS = Set.of("19IM44033", "20PH74168", "18MA81053", "18MA81035");

    @Test
    void aListedNumberIsFiledAsReadWithoutNotice() {
        RosterCheck.Checked c = RosterCheck.check("20PH74168", CLASS, SCRIPT);
        assertEquals("20PH74168", c.studentId());
        assertTrue(c.notice().isEmpty());
    }

    @Test
    void anUnlistedNumberOneCharacterFromExactlyOneListedNumberIsFiledUnderItWithANotice() {
        RosterCheck.Checked added = RosterCheck.check("191IM44033", CLASS, SCRIPT);
        assertEquals("19IM44033", added.studentId());
        assertTrue(added.notice().orElseThrow().contains("read as 191IM44033"), added.notice().get());
        assertTrue(added.notice().get().contains("scans/script-07.pdf"));
        assertEquals("20PH74168", RosterCheck.check("2OPH74168".replace('O', '0').replace("74168", "74186"), CLASS, SCRIPT).studentId(),
                "two neighbours swapped");
    }

    @Test
    void anUnlistedNumberNearSeveralListedNumbersIsKeptAsReadWithANotice() {
        RosterCheck.Checked c = RosterCheck.check("18MA81053".replace("053", "033"), CLASS, SCRIPT);
        assertEquals("18MA81033", c.studentId());
        assertTrue(c.notice().orElseThrow().contains("18MA81035, 18MA81053"), c.notice().get());
        RosterCheck.Checked far = RosterCheck.check("99XX00000", CLASS, SCRIPT);
        assertEquals("99XX00000", far.studentId());
        assertTrue(far.notice().orElseThrow().contains("not on the roster"));
    }

    @Test
    void withoutARosterEveryNumberStandsAsRead() {
        assertTrue(RosterCheck.check("191IM44033", Set.of(), SCRIPT).notice().isEmpty());
    }

    @Test
    void oneEditCoversSubstitutionInsertionDeletionAndSwap() {
        assertTrue(RosterCheck.oneEditApart("1002949", "1002948"));
        assertTrue(RosterCheck.oneEditApart("1002949", "10029949"));
        assertTrue(RosterCheck.oneEditApart("1002949", "100949"));
        assertTrue(RosterCheck.oneEditApart("1002949", "1002994"));
        assertFalse(RosterCheck.oneEditApart("1002949", "1002949"));
        assertFalse(RosterCheck.oneEditApart("1002949", "1003948"));
        assertFalse(RosterCheck.oneEditApart("1002949", "100294911"));
    }
}
