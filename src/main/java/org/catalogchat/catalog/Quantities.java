package org.catalogchat.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the numbers catalogs use: {@code 4300万} is 43,000,000, {@code 58.5亿} is
 * 5,850,000,000, {@code 三十亿} is 3,000,000,000, {@code 103M} is 103,000,000.
 *
 * <pre>{@code
 * new Quantities(glossary).extract("包含超过2500万张图像"); // [SizeFigure(2500万, 2.5E7, images)]
 * Quantities.english(4.3e7);                                // "43 million"
 * }</pre>
 */
public final class Quantities {
    /** A number with an optional Chinese or English multiplier. Latin multipliers must end the word. */
    static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)\\s*"
                    + "(万亿|亿|千万|百万|万|千(?!米)|[kKMBT](?![A-Za-z])|million|billion|trillion|thousand)?");
    /** The row of units.tsv that lists words announcing a size, rather than a unit itself. */
    static final String SIZE_CONTEXT = "samples-context";
    private static final String CLASSIFIERS = "个张条对篇部集组幅片行";
    private static final int NOUN_WINDOW = 8;
    /** Below this a "figure" is a count of modalities or tasks ("5 种模态", "一个"), not a size. */
    private static final double MIN_FIGURE = 10;

    private final Glossary glossary;

    public Quantities(Glossary glossary) {
        this.glossary = glossary;
    }

    /** Every figure in the text that counts something the units glossary knows. */
    public List<SizeFigure> extract(String text) {
        var figures = new ArrayList<SizeFigure>();
        Matcher m = NUMBER.matcher(text);
        NamedFigure named = null;
        while (m.find()) {
            if (partOfName(text, m.start())) continue;
            OptionalDouble value = value(m.group(1), m.group(2));
            if (value.isEmpty() || value.getAsDouble() < MIN_FIGURE) continue;
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + NOUN_WINDOW + 4));
            String unit = unitOf(after);
            if (named != null && elidedNoun(after, named.classifier()) && sentenceStart(text, m.start()) <= named.end()) {
                unit = named.unit();
            }
            if (unit == null && sizeContextBefore(text, m.start())) unit = "samples";
            if (unit == null) continue;
            figures.add(new SizeFigure(m.group().trim(), value.getAsDouble(), unit));
            if (namesItsNoun(after)) named = new NamedFigure(after.stripLeading().charAt(0), unit, m.end());
        }
        return figures;
    }

    /** A figure whose classifier is followed by a noun the units glossary reads (2,500个图像块). */
    private record NamedFigure(char classifier, String unit, int end) {}

    /** Where a clause's ellipsis ends: a later figure in another sentence counts what its own words say. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！？!?]");

    /** Where the sentence holding {@code at} begins: just after the last sentence end before it, or 0. */
    public static int sentenceStart(String text, int at) {
        Matcher end = SENTENCE_END.matcher(text).region(0, at);
        int from = 0;
        while (end.find()) from = end.end();
        return from;
    }

    /** "2,500个图像块": a classifier, then a noun written right after it. */
    private boolean namesItsNoun(String after) {
        String rest = after.stripLeading();
        return rest.length() > 1 && CLASSIFIERS.indexOf(rest.charAt(0)) >= 0 && !elidedNoun(rest, rest.charAt(0))
                && unitOf(rest.substring(1)) != null;
    }

    /**
     * "每类取2,500个图像块，共57,500个": Chinese leaves out the noun a classifier already counted in the clause, so
     * the bare 个 (followed by punctuation or the end) counts the same noun as the figure before it with that classifier.
     */
    public static boolean elidedNoun(String after, char classifier) {
        String rest = after.stripLeading();
        if (rest.isEmpty() || rest.charAt(0) != classifier) return false;
        return rest.length() == 1 || !Character.isLetterOrDigit(rest.charAt(1));
    }

    /** A number glued to a name ("Llama3", "MedTrinity-25M", "GPT-4V") is not a size figure. */
    private static boolean partOfName(String text, int at) {
        if (at == 0) return false;
        char before = text.charAt(at - 1);
        if (before < 0x2E80 && Character.isLetter(before)) return true;
        return before == '-' && at >= 2 && text.charAt(at - 2) < 0x2E80 && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    /** "数据量增至15K": a number after words that announce a size counts samples even without a unit. */
    private boolean sizeContextBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 6), at);
        return glossary.units().stream().filter(u -> u.key().equals(SIZE_CONTEXT)).flatMap(u -> u.markers().stream())
                .anyMatch(before::contains);
    }

    /** The unit of the words right after a number, or null when they name nothing countable. */
    String unitOf(String after) {
        String rest = after.stripLeading();
        if (rest.startsWith("多")) rest = rest.substring(1); // "100万多个" = "more than a million"
        String lower = rest.toLowerCase(Locale.ROOT);
        boolean classifier = !rest.isEmpty() && CLASSIFIERS.indexOf(rest.charAt(0)) >= 0;
        // A noun right after the number (or its classifier) says best what is counted: 个文本Token → tokens.
        int nounFrom = classifier ? 1 : 0;
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Glossary.Unit u : glossary.units()) {
            if (u.key().equals(SIZE_CONTEXT)) continue;
            for (String marker : u.markers()) {
                if (marker.length() < 2) continue;
                int at = lower.indexOf(marker.toLowerCase(Locale.ROOT));
                if (at >= nounFrom && at <= nounFrom + 1 && at < bestAt) {
                    best = u.key();
                    bestAt = at;
                }
            }
        }
        if (best != null) return best;
        if (classifier) {
            String c = rest.substring(0, 1);
            for (Glossary.Unit u : glossary.units()) if (u.markers().contains(c)) return u.key();
        }
        return null;
    }

    /** The value of a number and multiplier as written, or empty when it is not a number. */
    public static OptionalDouble value(String digits, String multiplier) {
        double base;
        if (Character.isDigit(digits.charAt(0))) {
            base = new BigDecimal(digits.replace(",", "")).doubleValue();
        } else {
            base = chineseNumeral(digits);
            if (base <= 0) return OptionalDouble.empty();
        }
        return OptionalDouble.of(base * multiplier(multiplier));
    }

    static double multiplier(String m) {
        if (m == null) return 1;
        return switch (m) {
            case "万亿", "T", "trillion" -> 1e12;
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "万" -> 1e4;
            case "千", "k", "K", "thousand" -> 1e3;
            case "M", "million" -> 1e6;
            case "B", "billion" -> 1e9;
            default -> 1;
        };
    }

    /** 三十 = 30, 三百 = 300, 一万 handled by the multiplier; returns 0 for what is not a numeral. */
    static double chineseNumeral(String s) {
        String digits = "零一二三四五六七八九";
        double total = 0;
        double current = 0;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) {
                current = d;
            } else {
                double unit = switch (c) {
                    case '十' -> 10;
                    case '百' -> 100;
                    case '千' -> 1000;
                    default -> 0;
                };
                if (unit == 0) return 0;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            }
        }
        return total + current;
    }

    /** A number in English words a reader takes in at once: 43 million, 5.85 billion, 215,547. */
    public static String english(double v) {
        if (v >= 1e12) return trim(v / 1e12) + " trillion";
        if (v >= 1e9) return trim(v / 1e9) + " billion";
        if (v >= 1e6) return trim(v / 1e6) + " million";
        if (v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
        return trim(v);
    }

    private static String trim(double v) {
        return new BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Catalog text for an English reader: every figure written with a Chinese multiplier gets its
     * English value beside it, {@code 4300万} → {@code 4300万 (43 million)}.
     */
    public static String annotate(String chinese) {
        Matcher m = NUMBER.matcher(chinese);
        var out = new StringBuilder();
        while (m.find()) {
            String mult = m.group(2);
            boolean chineseUnit = mult != null && (mult.contains("万") || mult.contains("亿") || mult.equals("千"))
                    || !Character.isDigit(m.group(1).charAt(0));
            OptionalDouble v = value(m.group(1), mult);
            if (!chineseUnit || v.isEmpty() || v.getAsDouble() < 10) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group() + " (" + english(v.getAsDouble()) + ")"));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
