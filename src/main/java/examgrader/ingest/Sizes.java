package examgrader.ingest;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short human-readable numbers for reasons: {@code 200}, {@code 8.5}, {@code 3.6 Gpx}. */
final class Sizes {
    private Sizes() {}

    static String number(double value) {
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(value >= 100 ? 3 : 2));
        return rounded.stripTrailingZeros().toPlainString();
    }

    static String pixels(double count) {
        if (count >= 1e9) return number(count / 1e9) + " Gpx";
        if (count >= 1e6) return number(count / 1e6) + " Mpx";
        return number(count) + " px";
    }

    /** The first bytes of a file, printable, for "file starts with ..." reasons. */
    static String startOf(byte[] head) {
        StringBuilder sb = new StringBuilder("\"");
        int n = Math.min(head.length, 12);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\') sb.append((char) b);
            else sb.append(String.format("\\x%02x", b));
        }
        return sb.append(head.length > n ? "...\"" : "\"").toString();
    }
}
