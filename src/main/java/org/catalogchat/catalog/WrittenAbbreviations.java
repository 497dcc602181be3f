package org.catalogchat.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names an entry's own text introduces for it: "Caselaw Access Project（CAP）是…", "常被简称为 MP3D", and
 * full names it spells out for a short one: "SST（Stanford Sentiment Treebank）是…". Users ask by those names ("How
 * many decisions does CAP hold?"), and without them the name reads as a dataset the catalog lacks.
 *
 * <p>Two checks keep a bracket or 简称 about something else (an institution, a metric) out: the short form is
 * written in capitals and digits, and its letters occur in order in one of the entry's names, starting with that
 * name's first letter (C-A-P in Caselaw Access Project, M-P-3-D in Matterport3D).
 *
 * <pre>{@code
 * WrittenAbbreviations.of(List.of("Matterport3D"), "…常被简称为 MP3D，…"); // [MP3D]
 * }</pre>
 */
final class WrittenAbbreviations {
    private static final String SHORT = "([A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?)";
    /** "Name（CAP）" / "Name (CAP)": the short form in brackets right after a name. */
    private static final Pattern BRACKET_AFTER =
            Pattern.compile("\\s*[（(]\\s*(?:简称|缩写|abbreviated|short)?[:：]?\\s*" + SHORT + "\\s*[)）]");
    /** "简称为 MP3D", "also known as MP3D", "abbreviated as MP3D". */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?:简称为?|缩写为?|又称|也称|亦称|(?i:abbreviated(?:\\s+as)?|known\\s+as|short(?:\\s+for)?|a\\.?k\\.?a\\.?))"
                    + "\\s*[“\"「]?\\s*" + SHORT + "(?![A-Za-z0-9])");

    /**
     * "SST（Stanford Sentiment Treebank）", "CelebA (CelebFaces Attributes Dataset)": two or more Latin words in brackets
     * right after a name, the first capitalised, an optional " - SHORT" at their end.
     */
    private static final Pattern LONG_AFTER = Pattern.compile(
            "\\s*[（(]\\s*([A-Z][\\p{IsLatin}0-9'’.\\-]*(?:\\s+[\\p{IsLatin}0-9'’.\\-]+){1,11}?)(?:\\s+-\\s+[A-Z][A-Za-z0-9\\-]*)?\\s*[)）]");

    private WrittenAbbreviations() {
    }

    /**
     * Full names of {@code names} that {@code text} spells out in brackets after one of them, in the order written:
     * the name's letters occur in order in the full name, from its first letter on (S-S-T in Stanford Sentiment
     * Treebank). Users ask by either ("Who made the Stanford Sentiment Treebank?").
     */
    static List<String> spelledOut(List<String> names, String text) {
        var out = new LinkedHashSet<String>();
        for (String name : names) {
            if (name.isBlank() || TopicMatcher.hasHan(name)) continue;
            Matcher after = LONG_AFTER.matcher(text);
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                after.region(at + name.length(), text.length());
                if (!after.lookingAt()) continue;
                String full = after.group(1).strip();
                if (abbreviates(name, full) && names.stream().noneMatch(n -> n.strip().equalsIgnoreCase(full))) out.add(full);
            }
        }
        return List.copyOf(out);
    }

    /** Short forms of {@code names} that {@code text} introduces, in the order written; none already a name. */
    static List<String> of(List<String> names, String text) {
        var found = new LinkedHashSet<String>();
        for (String name : names) {
            if (name.isBlank()) continue;
            Matcher after = BRACKET_AFTER.matcher(text);
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                after.region(at + name.length(), text.length());
                if (after.lookingAt()) found.add(after.group(1));
            }
        }
        Matcher m = INTRODUCED.matcher(text);
        while (m.find()) found.add(m.group(1));
        var out = new ArrayList<String>();
        for (String shortForm : found) {
            boolean known = names.stream().anyMatch(n -> n.equalsIgnoreCase(shortForm));
            if (!known && names.stream().anyMatch(n -> abbreviates(shortForm, n))) out.add(shortForm);
        }
        return out;
    }

    /** True when the short form's letters and digits occur in order in the name, from its first letter on. */
    static boolean abbreviates(String shortForm, String name) {
        String s = letters(shortForm);
        String n = letters(name);
        if (s.length() < 2 || n.length() <= s.length() || s.charAt(0) != n.charAt(0)) return false;
        return TopicMatcher.inOrder(n, s);
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
