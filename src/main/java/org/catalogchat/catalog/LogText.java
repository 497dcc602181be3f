package org.catalogchat.catalog;

/**
 * (In the lowest package, so every layer can use it.) Text from outside (paths, file names, client input) made safe for one log line: control characters, line
 * breaks and ANSI escapes are written as {@code \n}, {@code \u001b} and so on, so nothing can forge a line or
 * recolour a terminal; long values are cut.
 *
 * <pre>{@code
 * log.warn("skipped {}", LogText.safe(fileName, 200));
 * }</pre>
 */
public final class LogText {
    private LogText() {
    }

    public static String safe(String s, int max) {
        if (s == null) return "null";
        String t = s.length() > max ? s.substring(0, max) + "…" : s;
        var sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
