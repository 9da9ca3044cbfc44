package examgrader.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * What makes a script look handwritten: a handwriting-style font (Debian's fonts-dkg-handwriting
 * or fonts-humor-sans) and how much each line and word wanders from a straight, even baseline.
 *
 * @param fontFile    the TTF to write with, or null when none is installed (a slanted print font is used)
 * @param lineShift   largest sideways and vertical shift of a line, in points
 * @param sizeWobble  largest relative change of the font size per line
 * @param maxTiltDeg  largest rotation of a line, in degrees
 * @param wordBounce  largest vertical shift of a word within its line, in points
 */
public record Handwriting(Path fontFile, float lineShift, float sizeWobble, float maxTiltDeg, float wordBounce) {

    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"),
            Path.of("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"),
            Path.of("/usr/share/fonts/truetype/fifthhorseman/dkgIt.ttf"));

    /** No jitter: the straight lines of a typed script. */
    static final Handwriting NONE = new Handwriting(null, 0, 0, 0, 0);

    static Handwriting pick(Random rng) {
        List<Path> installed = FONTS.stream().filter(Files::isReadable).toList();
        Path font = installed.isEmpty() ? null : installed.get(rng.nextInt(installed.size()));
        return new Handwriting(font, 4 + rng.nextFloat() * 6, 0.04f + rng.nextFloat() * 0.06f,
                0.4f + rng.nextFloat() * 0.9f, 0.5f + rng.nextFloat() * 1.2f);
    }

    boolean jitters() {
        return lineShift > 0;
    }
}
