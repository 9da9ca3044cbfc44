package examgrader.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML character references ({@code &times;}, {@code &#771;}, {@code &#x3c3;}) as the characters they stand for. An
 * answer box's HTML is read through {@link HtmlText}; the same source printed and scanned, or a text layer holding it,
 * reaches the extractor as text, where {@code C&#771;} (C with a tilde) would otherwise give the number 771.
 */
public final class CharacterReferences {
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("times", "×"), Map.entry("divide", "÷"),
            Map.entry("minus", "−"), Map.entry("plusmn", "±"), Map.entry("middot", "·"), Map.entry("sdot", "⋅"),
            Map.entry("part", "∂"), Map.entry("prime", "′"), Map.entry("Prime", "″"), Map.entry("lfloor", "⌊"),
            Map.entry("rfloor", "⌋"), Map.entry("lceil", "⌈"), Map.entry("rceil", "⌉"), Map.entry("rArr", "⇒"),
            Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("lArr", "⇐"), Map.entry("hArr", "⇔"),
            Map.entry("harr", "↔"), Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("ne", "≠"),
            Map.entry("asymp", "≈"), Map.entry("approx", "≈"), Map.entry("equiv", "≡"), Map.entry("infin", "∞"),
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("radic", "√"), Map.entry("isin", "∈"),
            Map.entry("nabla", "∇"), Map.entry("deg", "°"), Map.entry("sup2", "²"), Map.entry("sup3", "³"),
            Map.entry("frac12", "½"), Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("bull", "•"), Map.entry("otimes", "⊗"), Map.entry("oplus", "⊕"), Map.entry("compfn", "∘"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("omega", "ω"), Map.entry("Delta", "Δ"),
            Map.entry("Sigma", "Σ"), Map.entry("Omega", "Ω"), Map.entry("Vert", "‖"), Map.entry("odot", "⊙"),
            Map.entry("sim", "∼"), Map.entry("lowast", "∗"), Map.entry("cup", "∪"), Map.entry("cap", "∩"),
            Map.entry("empty", "∅"), Map.entry("not", "¬"), Map.entry("tilde", "˜"), Map.entry("zeta", "ζ"),
            Map.entry("kappa", "κ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("Gamma", "Γ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Pi", "Π"), Map.entry("Phi", "Φ"));

    private CharacterReferences() {}

    /** Text with its character references decoded; an unknown name stays as written. */
    public static String decode(String text) {
        if (text.indexOf('&') < 0) return text;
        return ENTITY.matcher(text).replaceAll(m -> {
            String decoded;
            if (m.group(1) != null || m.group(2) != null) {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                decoded = Character.isValidCodePoint(code) && code != 0 ? (code == 0xA0 ? " " : Character.toString(code)) : m.group();
            } else {
                decoded = ENTITIES.getOrDefault(m.group(3), m.group());
            }
            return Matcher.quoteReplacement(decoded);
        });
    }
}
