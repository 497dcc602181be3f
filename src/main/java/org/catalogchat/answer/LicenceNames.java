package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A licence a question names as a filter ("which datasets are CC BY 4.0?", "哪些数据集以 CC0 协议发布？", "released
 * under Apache 2.0"), read as one subject whose forms are the ways a catalog writes that licence: CC BY 4.0,
 * CC-BY-4.0, Creative Commons Attribution 4.0, 知识共享署名 4.0. Left to the subject reader, "CC" or "Apache" reads as
 * a dataset name no entry has, and the version ("4.0") as a number, so the list became "CC is not in the catalog" or
 * every CC BY-SA entry whatever its version.
 *
 * <p>A licence is precise: "CC BY 4.0" is not CC BY-SA 4.0 nor CC BY 3.0. Asked without a version, a Creative Commons
 * licence holds at any version but not with more elements ("CC BY" is not CC BY-NC); "a Creative Commons licence"
 * holds for any of them. Only licences with a name of their own are read: "MIT" alone is an institute, so the MIT
 * licence is read only when the question writes licence/许可/协议 right after it.
 */
final class LicenceNames {

    private LicenceNames() {
    }

    /** A licence read in a question: where it stands, and the subject that selects the entries writing it. */
    record Found(int start, int end, Subject subject) {
    }

    /** Creative Commons elements in the order a licence code writes them, with their English and Chinese names. */
    private static final List<String> ELEMENTS = List.of("BY", "NC", "ND", "SA");
    private static final Map<String, String> ENGLISH = Map.of("BY", "Attribution", "NC", "NonCommercial",
            "ND", "NoDerivatives", "SA", "ShareAlike");
    private static final Map<String, String> CHINESE = Map.of("BY", "署名", "NC", "非商业性使用", "ND", "禁止演绎",
            "SA", "相同方式共享");

    private static final String VERSION = "(?:[\\s-]*v?(\\d\\.\\d))?";
    private static final String SEP = "[\\s-]*";

    /** CC BY-NC-SA 4.0, CC-BY-4.0, cc by 4.0, CC BY-SA. */
    private static final Pattern CC_CODE = Pattern.compile(
            "(?<![\\w-])CC" + SEP + "(BY(?:" + SEP + "(?:NC|ND|SA)){0,2})(?![\\w])" + VERSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_ZERO = Pattern.compile("(?<![\\w-])CC[\\s-]?0(?![\\w.])(?:\\s*1\\.0)?", Pattern.CASE_INSENSITIVE);
    /** Creative Commons Attribution-ShareAlike 4.0, 知识共享署名-相同方式共享 4.0, or the family alone. */
    private static final Pattern CC_WORDS = Pattern.compile(
            "(?:creative\\s+commons|知识共享)((?:[\\s-]*(?:attribution|noncommercial|non-commercial|noderivatives|noderivs|"
                    + "sharealike|share-alike|署名|非商业性使用|禁止演绎|相同方式共享))*)" + VERSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern APACHE = Pattern.compile(
            "\\bApache(?:\\s+licen[cs]e)?(?:,?\\s*(?:version\\s*|v)?(\\d\\.\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MIT = Pattern.compile("\\bMIT\\s*(?:licen[cs]e|许可证?|协议)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ODBL = Pattern.compile("\\bODbL\\b|\\bopen\\s+database\\s+licen[cs]e\\b|开放数据库许可",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ODC_BY = Pattern.compile("\\bODC[\\s-]?BY\\b" + VERSION, Pattern.CASE_INSENSITIVE);
    private static final Pattern GPL = Pattern.compile("\\b(A|L)?GPL(?:[\\s-]?v?(\\d(?:\\.\\d)?))?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Terms that forbid commercial use, asked as a filter: "non-commercial purposes", "for non-commercial research
     * only", "a non-commercial Creative Commons licence", "仅限非商业研究", "不可商用". Unread, "purposes"/"licence" was the
     * subject (not-found) or a generic licence word that picked an entry by meaning; with "Creative Commons" beside it,
     * the family was read and every CC entry listed, CC BY 4.0 too.
     */
    private static final Pattern NON_COMMERCIAL = Pattern.compile("\\bnon[\\s-]?commercial(?:ly)?\\b(?:\\s+(creative\\s+commons))?"
            + "(?:\\s+(?:licen[cs]es?|terms|use|uses|usage|purposes?|research|only|basis))*"
            + "|(?:(?:仅|只)(?:限|供|可|能)?(?:用于|于)?)?(?:非商业性?|非商用|不可商用|不能商用|禁止商用|不得商用|不允许商用)(?:的)?(?:科学)?(?:使用|用途|研究|目的|许可|协议)*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+|[\\p{IsHan}]+");

    /** The licences the question names, in the order written, none overlapping. */
    static List<Found> in(String question) {
        var found = new ArrayList<Found>();
        read(question, NON_COMMERCIAL, found, m -> nonCommercial(m.group(1) != null, m.group().codePoints().anyMatch(c -> c > 0x2e80)));
        read(question, CC_ZERO, found, m -> ccZero());
        read(question, CC_CODE, found, m -> creativeCommons(codeElements(m.group(1)), version(m, 2)));
        read(question, CC_WORDS, found, m -> creativeCommons(wordElements(m.group(1)), version(m, 2)));
        read(question, APACHE, found, m -> m.group(1) == null && !m.group().toLowerCase(Locale.ROOT).contains("licen")
                ? null : apache(version(m, 1)));
        read(question, MIT, found, m -> named("MIT License", "MIT License", "MIT Licence", "MIT 许可", "MIT许可",
                "MIT 协议", "MIT协议"));
        read(question, ODBL, found, m -> named("ODbL", "ODbL", "Open Database License", "Open Database Licence", "开放数据库许可"));
        read(question, ODC_BY, found, m -> versioned("ODC-By", version(m, 1), "ODC-By", "ODC-BY", "ODC By"));
        read(question, GPL, found, m -> gpl(m.group(1) == null ? "" : m.group(1).toUpperCase(Locale.ROOT), version(m, 2)));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /** What a question says an entry does with its terms: "which entries say/state …", "哪些数据集注明/写明/规定 …". */
    private static final Pattern SAYING = Pattern.compile("\\b(?:say|says|said|state|states|stated|mention|mentions|write|writes)\\b"
            + "|注明|写明|规定|声明|表明", Pattern.CASE_INSENSITIVE);

    /**
     * The question's rest with every word of these licences blanked: none of them is a name or a subject of its own;
     * nor is the verb that says an entry states them ("which entries say …", was the subject "say").
     */
    static String without(String rest, List<Found> found, String question) {
        String out = found.isEmpty() ? rest : SAYING.matcher(rest).replaceAll(m -> " ".repeat(m.group().length()));
        for (Found f : found) {
            // the rest as long as the question is it with spans blanked: blank this one where it stands
            if (out.length() == question.length()) out = PlanWords.blankAsIn(out, question, question.substring(f.start(), f.end()));
            Matcher w = WORD.matcher(question.substring(f.start(), f.end()));
            while (w.find()) {
                String token = w.group();
                if (token.equalsIgnoreCase("v")) continue;
                Pattern p = token.chars().allMatch(c -> c < 0x80)
                        ? Pattern.compile("(?<![A-Za-z])" + Pattern.quote(token) + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE)
                        : Pattern.compile(Pattern.quote(token));
                out = p.matcher(out).replaceAll(m -> " ".repeat(m.group().length()));
            }
        }
        return out;
    }

    private interface Reading {
        Subject of(Matcher m);
    }

    private static void read(String question, Pattern p, List<Found> found, Reading reading) {
        Matcher m = p.matcher(question);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (e > s && Character.isWhitespace(question.charAt(e - 1))) e--;
            final int start = s;
            final int end = e;
            if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) continue;
            Subject subject = reading.of(m);
            if (subject != null) found.add(new Found(start, end, subject));
        }
    }

    private static String version(Matcher m, int group) {
        return m.group(group) == null ? "" : m.group(group);
    }

    private static List<String> codeElements(String code) {
        var out = new ArrayList<String>();
        for (String e : ELEMENTS) if (code.toUpperCase(Locale.ROOT).contains(e)) out.add(e);
        return out;
    }

    private static List<String> wordElements(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace("-", "");
        var out = new ArrayList<String>();
        if (w.contains("attribution") || w.contains("署名")) out.add("BY");
        if (w.contains("noncommercial") || w.contains("非商业性使用")) out.add("NC");
        if (w.contains("noderiv") || w.contains("禁止演绎")) out.add("ND");
        if (w.contains("sharealike") || w.contains("相同方式共享")) out.add("SA");
        return out;
    }

    /**
     * Terms forbidding commercial use: a Creative Commons licence with the NC element, or (unless a Creative Commons
     * licence is asked) a description that writes 非商业 ("仅可用于非商业研究") or non-commercial in words.
     */
    private static Subject nonCommercial(boolean creativeCommonsOnly, boolean chinese) {
        var forms = new ArrayList<>(List.of("BY-NC", "BY NC", "Attribution-NonCommercial", "知识共享署名-非商业性使用"));
        if (!creativeCommonsOnly) forms.addAll(List.of("非商业", "非商用", "不可商用", "禁止商用", "non-commercial", "noncommercial"));
        return new Subject(creativeCommonsOnly ? "CC BY-NC" : chinese ? "非商业使用" : "non-commercial", forms, List.of());
    }

    /** CC0, however it is spaced. */
    private static Subject ccZero() {
        return new Subject("CC0", List.of("CC0", "CC 0", "CC-0"), List.of());
    }

    /**
     * A Creative Commons licence: with no element, the family (any CC licence); with elements and no version, those
     * elements at any version, never a licence with one more element.
     */
    static Subject creativeCommons(List<String> elements, String version) {
        if (elements.isEmpty()) {
            return new Subject("Creative Commons", List.of("Creative Commons", "知识共享", "CC BY", "CC-BY", "CC0", "CC 0", "CC-0"),
                    List.of());
        }
        String code = String.join("-", elements);
        String english = "Creative Commons " + String.join("-", elements.stream().map(ENGLISH::get).toList());
        String chinese = "知识共享" + String.join("-", elements.stream().map(CHINESE::get).toList());
        var forms = new LinkedHashSet<String>();
        for (String base : List.of("CC " + code, "CC-" + code, english, chinese)) {
            if (version.isEmpty()) forms.add(base);
            else for (String gap : List.of(" ", "-", "")) forms.add(base + gap + version);
        }
        var excluded = new LinkedHashSet<String>();
        if (version.isEmpty()) {
            // "CC BY" is written inside "CC BY-NC 4.0": a code with one more element is another licence
            for (String more : ELEMENTS) {
                if (elements.contains(more)) continue;
                var longer = new ArrayList<>(elements);
                longer.add(more);
                longer.sort(java.util.Comparator.comparingInt(ELEMENTS::indexOf));
                String longerCode = String.join("-", longer);
                excluded.add("CC " + longerCode);
                excluded.add("CC-" + longerCode);
                excluded.add("Creative Commons " + String.join("-", longer.stream().map(ENGLISH::get).toList()));
                excluded.add("知识共享" + String.join("-", longer.stream().map(CHINESE::get).toList()));
            }
        }
        String text = "CC " + code + (version.isEmpty() ? "" : " " + version);
        return new Subject(text, List.copyOf(forms), List.copyOf(excluded));
    }

    private static Subject apache(String version) {
        if (version.isEmpty()) {
            return new Subject("Apache License", List.of("Apache License", "Apache Licence", "Apache 许可", "Apache 协议",
                    "Apache 2.0", "Apache-2.0", "Apache 1.1", "Apache-1.1"), List.of());
        }
        return new Subject("Apache " + version, List.of("Apache " + version, "Apache-" + version, "Apache License " + version,
                "Apache Licence " + version, "Apache License, Version " + version, "Apache License Version " + version), List.of());
    }

    private static Subject gpl(String prefix, String version) {
        String name = prefix + "GPL";
        if (version.isEmpty()) return new Subject(name, List.of(name), List.of());
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        var forms = new LinkedHashSet<String>();
        for (String v : new LinkedHashSet<>(List.of(version, major, major + ".0"))) {
            forms.addAll(List.of(name + "-" + v, name + " " + v, name + "v" + v, name + " v" + v));
        }
        return new Subject(name + " " + version, List.copyOf(forms), List.of());
    }

    private static Subject versioned(String name, String version, String... spellings) {
        var forms = new ArrayList<String>();
        for (String s : spellings) {
            if (version.isEmpty()) forms.add(s);
            else for (String gap : List.of(" ", "-")) forms.add(s + gap + version);
        }
        return new Subject(name + (version.isEmpty() ? "" : " " + version), forms, List.of());
    }

    private static Subject named(String name, String... forms) {
        return new Subject(name, List.of(forms), List.of());
    }
}
