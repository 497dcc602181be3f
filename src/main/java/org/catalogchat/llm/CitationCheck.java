package org.catalogchat.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.retrieval.NameIndex;

/**
 * Holds a model's complete answer against the entries it was given, before anything is final:
 * <ul>
 *   <li>every {@code [n]} is one of the given entries, and there is at least one;</li>
 *   <li>every name-like word ("ImageNet-21K", "LAION-5B", "WuDaoMM") is a catalog name or alias, or occurs in
 *       the given entries or the question;</li>
 *   <li>every number occurs in the cited entries, in either unit system ("43 million" = 4300万 = 43M),
 *       or is the number of entries; dates, list ordinals and the [n] markers themselves are not numbers;</li>
 *   <li>every link is one of the given entries' pages.</li>
 * </ul>
 * Chinese-script dataset names cannot be told from ordinary words here, so they are not checked.
 *
 * <pre>{@code
 * Verdict v = new CitationCheck(names, facts).check(text, entries, question);
 * if (!v.ok()) log.info("fallback: {}", v.reason());
 * }</pre>
 */
final class CitationCheck {
    /** The outcome: on success the cited entry numbers (1-based) in order of first citation. */
    record Verdict(boolean ok, String reason, List<Integer> cited) {
        static Verdict fail(String reason) {
            return new Verdict(false, reason, List.of());
        }
    }

    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>）】\"'<]+");
    private static final Pattern CITATION = Pattern.compile("\\[\\^?(\\d+(?:\\s*[,，、]\\s*\\^?\\d+)*)]");
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_.+][A-Za-z0-9]+)*");
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b");
    private static final Pattern OTHER_DATES = Pattern.compile(
            "\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\b\\d{4}/\\d{1,2}(?:/\\d{1,2})?\\b"
                    + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}\\b"
                    + "|\\b" + MONTH + "\\s+\\d{4}\\b|\\b(?:19|20)\\d{2}s?\\b(?![.,]?\\d|\\s*(?:万|亿|million|billion|[kKMBT]\\b))");
    private static final Pattern ORDINAL = Pattern.compile("(?m)^\\s*\\d+[.)、]\\s");
    /** Same shape as the catalog's numbers: digits or a Chinese numeral before 万/亿, with a multiplier. */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+(?=\\s*(?:万|亿)))\\s*"
                    + "(万亿|千万|百万|亿|万|千(?!米)|[kKMBT](?![A-Za-z])|million|billion|trillion|thousand)?");
    /** Acronyms a fluent answer uses that name no dataset. */
    private static final Set<String> PLAIN_ACRONYMS = Set.of("url", "urls", "api", "faq", "pdf", "llm", "llms", "gpu",
            "usa", "rgb", "html", "json", "csv", "etc");

    private final NameIndex names;
    private final EntryFacts facts;

    CitationCheck(NameIndex names, EntryFacts facts) {
        this.names = names;
        this.facts = facts;
    }

    Verdict check(String answer, List<Dataset> entries, String question) {
        if (answer == null || answer.isBlank()) return Verdict.fail("the model's reply is empty");
        String given = facts.entries(entries);
        String text = answer;

        Matcher urls = URL.matcher(text);
        while (urls.find()) {
            String url = urls.group().replaceAll("[.,;:!?。，；：]+$", "");
            if (entries.stream().noneMatch(d -> !d.url().isBlank() && (d.url().equals(url) || url.startsWith(d.url())))) {
                return Verdict.fail("links to " + url + ", which is not a given entry's page");
            }
        }
        text = URL.matcher(text).replaceAll(" ");

        var cited = new LinkedHashSet<Integer>();
        Matcher c = CITATION.matcher(text);
        while (c.find()) {
            for (String n : c.group(1).split("[^0-9]+")) {
                if (n.isEmpty()) continue;
                int i = Integer.parseInt(n.length() > 6 ? "0" : n);
                if (i < 1 || i > entries.size()) return Verdict.fail("cites [" + n + "] but only " + entries.size() + " entries were given");
                cited.add(i);
            }
        }
        if (cited.isEmpty()) return Verdict.fail("cites no entry");
        text = CITATION.matcher(text).replaceAll(" ");

        Optional<String> stranger = unknownName(text, given + "\n" + question);
        if (stranger.isPresent()) return Verdict.fail("names '" + stranger.get() + "', which is not in the catalog");

        var citedText = new StringBuilder(question).append('\n');
        for (int i : cited) citedText.append(facts.entry(i, entries.get(i - 1))).append('\n');
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            if (!given.contains(normalizeIso(iso.group()))) return Verdict.fail("gives the date " + iso.group() + ", which no entry has");
        }
        String numbersOnly = ORDINAL.matcher(OTHER_DATES.matcher(ISO_DATE.matcher(text).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        List<Double> allowed = new ArrayList<>(numbers(citedText.toString()));
        allowed.add((double) entries.size());
        allowed.add((double) cited.size());
        for (Double v : numbers(numbersOnly)) {
            if (allowed.stream().noneMatch(a -> same(a, v))) {
                return Verdict.fail("states the number " + Quantities.english(v) + ", which the cited entries do not give");
            }
        }
        return new Verdict(true, "", List.copyOf(cited));
    }

    private Optional<String> unknownName(String text, String context) {
        String lowerContext = context.toLowerCase(Locale.ROOT);
        Matcher m = NAME_LIKE.matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[-_.+]+$", "");
            if (!isNameLike(token) || PLAIN_ACRONYMS.contains(token.toLowerCase(Locale.ROOT))) continue;
            if (lowerContext.contains(token.toLowerCase(Locale.ROOT)) || names.isName(token)) continue;
            return Optional.of(token);
        }
        return Optional.empty();
    }

    /** A word that looks like a proper name of a dataset or model: it has a digit, or capitals inside it. */
    static boolean isNameLike(String token) {
        boolean digit = token.chars().anyMatch(Character::isDigit);
        boolean innerCapital = token.length() >= 3 && token.substring(1).chars().anyMatch(Character::isUpperCase);
        return digit || innerCapital;
    }

    /** Every number in the text as a plain value; a number glued to a name ("LAION-5B") is left out. */
    static List<Double> numbers(String text) {
        var out = new ArrayList<Double>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (gluedToName(text, m.start())) continue;
            String mult = m.group(2);
            if (mult != null && mult.length() == 1 && "kKMBT".contains(mult) && m.group().contains(" ")) mult = null;
            // 千万 and 百万 are compounds the shared parser reads as 千 or 百 alone ("5千万" = 50 million).
            double compound = mult == null ? 1 : mult.equals("千万") ? 1e7 : mult.equals("百万") ? 1e6 : 0;
            OptionalDouble v = compound > 0 ? Quantities.value(m.group(1), null) : Quantities.value(m.group(1), mult);
            v.ifPresent(x -> out.add(compound > 0 ? x * compound : x));
        }
        return out;
    }

    private static boolean gluedToName(String text, int at) {
        if (at == 0) return false;
        char before = text.charAt(at - 1);
        if (before < 0x2E80 && (Character.isLetter(before) || before == '.' || before == ',')) return true;
        return before == '-' && at >= 2 && text.charAt(at - 2) < 0x2E80 && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String normalizeIso(String date) {
        String[] p = date.split("-");
        return String.format(Locale.ROOT, "%s-%02d-%02d", p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
}
