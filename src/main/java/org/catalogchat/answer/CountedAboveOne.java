package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Whether an entry's text writes a noun counted above one, in the ways catalogs write it: a figure and a measure word
 * before it (18种语言, 覆盖12个欧洲国家, 三台相机), 多 or a quantifier before it (多语种, 多个城市, 不同国家), or in English a
 * figure or quantifier before it ("in 40 languages", "several cameras") or "multi-" on it. Read from the catalog's
 * text, not from a table of nouns: any noun a question counts is checked the same way.
 */
final class CountedAboveOne {
    private CountedAboveOne() {}

    /** A few characters a count may stand apart from its noun by: 12个欧洲国家, 三种不同的相机. */
    private static final String BETWEEN_ZH = "[^，。；、：,.;:\\s\\d]{0,4}?";

    /**
     * A Chinese figure and its measure word: digits (18种, 1,000个, 100多个), or a numeral (两, 三, 十二, 几, 数) that is
     * no part of another word (三维, 几何, 数据 are not counts). 一 is left out: it counts one.
     */
    private static final String FIGURE_ZH = "(?:(\\d[\\d,，.]*)\\s*(?:多|余)?|([两二三四五六七八九十百千万几数]+))\\s*"
            + "[个种位名座台款家类门条部支所组路架颗套份国]";

    /** Quantifiers a description writes before a noun, a few characters apart at most: 许多城市, 不同国家, 各种传感器. */
    private static final String QUANTIFIER_ZH = "(?:许多|众多|若干|不同的?|各种|各类|各个|多[个种位名条家所款类组国])";

    /** 多 right before the noun: 多语种, 多视角, 多摄像头 (further apart, 多 is "more" or "much"). */
    private static final String MULTI_ZH = "多";

    private static final String QUANTIFIER_EN = "(?:several|multiple|many|numerous|various|different|two|three|four|five|six|"
            + "seven|eight|nine|ten|dozens of|hundreds of|thousands of)";

    /**
     * A test of entry texts for {@code forms} counted above one; its patterns are compiled once, so one test serves every
     * candidate entry of a question.
     */
    static Predicate<String> of(List<String> forms) {
        var figures = new ArrayList<Pattern>();
        var quantifiers = new ArrayList<Pattern>();
        for (String form : forms) {
            if (form.isBlank()) continue;
            String f = Pattern.quote(form.toLowerCase(Locale.ROOT));
            if (TopicMatcher.hasHan(form)) {
                figures.add(Pattern.compile(FIGURE_ZH + BETWEEN_ZH + f));
                quantifiers.add(Pattern.compile(QUANTIFIER_ZH + BETWEEN_ZH + f));
                quantifiers.add(Pattern.compile(MULTI_ZH + f));
            } else {
                figures.add(Pattern.compile("\\b(\\d[\\d,]*)\\+?\\s+(?:[a-z-]+\\s+){0,2}" + f));
                quantifiers.add(Pattern.compile("\\b" + QUANTIFIER_EN + "\\s+(?:[a-z-]+\\s+){0,2}" + f));
                quantifiers.add(Pattern.compile("\\bmulti-?" + f));
            }
        }
        return text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            return figures.stream().anyMatch(p -> aboveOne(p.matcher(lower)))
                    || quantifiers.stream().anyMatch(p -> p.matcher(lower).find());
        };
    }

    /** The members that write none of the forms of what the plan's quantity words count counted above one. */
    static List<Dataset> notWrittenBy(QueryPlan p, List<Dataset> members) {
        if (p.countedAboveOne().isEmpty() || members.isEmpty()) return List.of();
        List<String> forms = p.subjects().stream().filter(s -> p.countedAboveOne().contains(s.text()))
                .flatMap(s -> countedForms(s).stream()).distinct().toList();
        Predicate<String> counted = of(forms);
        // (the names too: "Menpo 多姿态人脸关键点基准" counts its poses in its Chinese name)
        return members.stream().filter(d -> !counted.test(String.join(" ", d.allNames()) + " " + d.description())).toList();
    }

    /**
     * A subject's forms, and for an English phrase its last word too: "many head poses" is counted by poses ("Multi-pose"),
     * whatever they are poses of.
     */
    private static List<String> countedForms(Subject s) {
        String[] words = s.text().strip().split("\\s+");
        if (words.length < 2 || !words[words.length - 1].matches("[A-Za-z-]+")) return s.forms();
        String head = words[words.length - 1].toLowerCase(Locale.ROOT);
        var forms = new ArrayList<>(s.forms());
        forms.add(head);
        forms.add(CatalogVocabulary.singular(head));
        return forms;
    }

    /**
     * Whether a match's figure is above one: group 1 holds its digits, or (Chinese only) it is a numeral other than 一,
     * which the pattern admits only above one.
     */
    private static boolean aboveOne(Matcher m) {
        while (m.find()) {
            String digits = m.group(1);
            if (digits == null) return true;
            try {
                if (Double.parseDouble(digits.replaceAll("[,，]", "")) > 1) return true;
            } catch (NumberFormatException e) {
                // "1.2.3": no figure
            }
        }
        return false;
    }
}
