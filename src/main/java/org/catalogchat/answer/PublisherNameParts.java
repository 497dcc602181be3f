package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "发布机构名称里带“实验室”的数据集", "发布机构名字里带“研究院”或“研究所”的", "哪些数据集的发布机构中有实验室": a word the
 * publisher's name carries, asked as a filter. Read as subjects, 名称 found nothing ("no dataset about 名称") or 实验室
 * listed the entries whose description mentions a lab, a confident wrong list.
 *
 * <p>The word is taken as the question quotes it, or, unquoted, only when it is a word organisations end in (the
 * glossary's organisation-suffix row: 实验室, 研究所 …, see the constructor), so "发布机构中有清华大学" stays a publisher by name. The
 * filter is the name's text containing the word: the catalog writes publishers by name only, and a word of the name
 * is all the question asks.
 *
 * <pre>{@code
 * parts.read("发布机构名称里带“研究所”的数据集有几个？"); // forms [研究所], phrase 发布机构名称里带“研究所”
 * }</pre>
 */
final class PublisherNameParts {
    private static final String OPEN = "[“\"「『']?";
    private static final String CLOSE = "[”\"」』']?";
    private static final String JOIN = "(?:或者|或是|或|和|以及|、|/)";
    /** 发布机构(的)名称/名字 里 带/含/有 “X” (或 “Y”): the name's words, quoted or a word organisations end in. */
    private static final Pattern NAME_HOLDS = Pattern.compile("(?:发布)?(?:机构|单位|方)(?:的)?(?:名称|名字|全称|名)(?:里|中|内|当中)?"
            + "(?:带有|带|含有|含|包含|包括|有|出现)(?:了)?" + OPEN + "([^”\"」』'\\s，,？?。]{1,8}?)" + CLOSE
            + "(?:" + JOIN + "(?:带有|带|含有|含|包含)?" + OPEN + "([^”\"」』'\\s，,？?。]{1,8}?)" + CLOSE + ")?"
            + "(?=的|字样|这|两|几|[，,？?。]|$)");
    /** 发布机构(里/中)有/包括/是 X: X only a word organisations end in, with nothing after it but 的 or the question's end. */
    private static final Pattern PUBLISHERS_INCLUDE = Pattern.compile("发布(?:机构|单位|方)(?:里|中|当中|之中)?(?:有|包括|包含|是|为)"
            + "(?:一家|一个|一所|某个|某家)?([\\p{IsHan}]{1,5}?)(?:" + JOIN + "([\\p{IsHan}]{1,5}?))?(?=的|[，,？?。]|$)");

    /** The words asked, whether the question quoted them, the question's phrase that asked them (blanked from the subjects' text). */
    record Asked(List<String> words, boolean quoted, String phrase) {
    }

    private final List<String> organisationEnds;
    private final List<String> kindWords;

    /**
     * {@code kindWords}: the words of a publisher kind the glossary reads with its own forms (大学: 学院 too). Other
     * two-character ends (公司, 中心, 医院) are also the common noun of a kind whose members the catalog often writes by
     * a brand or short name (腾讯, 谷歌), so unquoted they are not read: the name's characters would miss members.
     */
    PublisherNameParts(List<String> organisationEnds, List<String> kindWords) {
        this.organisationEnds = List.copyOf(organisationEnds);
        this.kindWords = List.copyOf(kindWords);
    }

    Optional<Asked> read(String text) {
        Matcher m = NAME_HOLDS.matcher(text);
        if (m.find()) {
            boolean quoted = text.substring(m.start(), m.end()).matches("(?s).*[“\"「『'].*");
            Optional<Asked> a = asked(m, quoted);
            if (a.isPresent()) return a;
        }
        m = PUBLISHERS_INCLUDE.matcher(text);
        if (m.find()) return asked(m, false);
        return Optional.empty();
    }

    private Optional<Asked> asked(Matcher m, boolean quoted) {
        var words = new ArrayList<String>();
        for (int g = 1; g <= 2; g++) {
            String w = m.group(g);
            if (w == null) continue;
            if (!quoted && !(organisationEnds.contains(w) && (w.length() >= 3 || kindWords.contains(w)))) return Optional.empty();
            words.add(w);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(new Asked(words, quoted, m.group()));
    }
}
