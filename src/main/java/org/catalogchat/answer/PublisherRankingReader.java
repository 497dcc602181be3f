package org.catalogchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Glossary;

/**
 * Reads "Which university released the most datasets?", "哪个机构发布的遥感数据集最多？": publishers ranked by how many
 * of the asked entries their publisher field names ({@link PublisherRankingComposer} writes the ranking). The words around the ranking ("remote sensing", "in 2024") are asked as a
 * question of their own, whose entries are the ones counted; a kind of publisher asked (university, 大学, 高校) counts
 * only publishers whose names are of that kind. Any other kind word (organisation, institution, 机构, who) counts every
 * publisher; a kind the glossary has no forms for (company, lab) is not read here, so it is never answered wrongly.
 *
 * <pre>{@code
 * PublisherRankingReader r = new PublisherRankingReader(glossary);
 * r.asked("which university released the most remote sensing datasets?")   // Asked[rest="remote sensing datasets?", kind=universities, EN]
 * }</pre>
 */
final class PublisherRankingReader {
    /** Kind words that mean any publisher. */
    private static final String ANY_EN = "organi[sz]ations?|institutions?|institutes?|publishers?|groups?|teams?|orgs?|entity|entities";
    private static final String UNIVERSITY_EN = "universit(?:y|ies)|colleges?|schools?";
    private static final String VERB_EN = "has|have|had|released|releases|release|published|publishes|publish|made|makes|make|put out|puts out|"
            + "created|creates|built|builds|contributed|contributes|produced|produces|is behind|are behind|was behind|were behind|"
            + "is involved in|was involved in|took part in|takes part in|participated in|did|does|appears? (?:in|on)|shows? up (?:in|on)";
    private static final Pattern EN = Pattern.compile("\\b(?:which|what)\\s+(?:(?:one|single)\\s+)?(" + ANY_EN + "|" + UNIVERSITY_EN
            + ")\\s+(?:(?:" + VERB_EN + ")\\s+)?(?:the\\s+)?(?:most|largest number of|highest number of|greatest number of)\\b(.*)$");
    private static final Pattern EN_WHO = Pattern.compile("\\bwho\\s+(?:(?:" + VERB_EN + ")\\s+)(?:the\\s+)?"
            + "(?:most|largest number of|highest number of|greatest number of)\\b(.*)$");
    /** "the most prolific publisher", "top university by number of datasets". */
    private static final Pattern EN_PROLIFIC = Pattern.compile("\\b(?:most prolific|most active|top)\\s+(" + ANY_EN + "|"
            + UNIVERSITY_EN + ")\\b(.*)$");
    /**
     * What is counted must be datasets: "the most remote sensing datasets", not "the most images" (a figure of a
     * dataset) nor "the most recent dataset" (a superlative of one).
     */
    private static final Pattern COUNTS_DATASETS = Pattern.compile("\\b(?:datasets|data sets|entries|corpora|benchmarks)\\b");
    private static final Pattern NOT_A_COUNT = Pattern.compile("^\\s*(?:recent|recently|latest|newest|popular|cited|used|widely|"
            + "famous|well-known|known|frequently|important|influential|downloaded|comprehensive|diverse|advanced|accurate|"
            + "reliable|complete|detailed|interesting|useful|relevant|common|commonly|often)\\b");
    private static final String KIND_ZH = "机构|单位|组织|团队|发布方|发布者|大学|高校|学校|院校";
    private static final String WHICH_ZH = "哪个|哪一个|哪家|哪一家|哪所|哪一所|哪些|什么|谁";
    /** 哪个机构发布的遥感数据集最多 / 谁发布的数据集最多 / 哪所大学参与的数据集数量最多. */
    private static final Pattern ZH = Pattern.compile("(" + WHICH_ZH + ")(" + KIND_ZH + ")?(?:发布|参与|推出|贡献|提供|构建|开源|出品|做)(?:了|过)?的?"
            + "((?:[^，。？?！!]*?(?:数据集|数据))?)的?(?:数量|个数)?最多");
    /** 发布数据集最多的机构是哪个 / 参与遥感数据集最多的大学. */
    private static final Pattern ZH_AFTER = Pattern.compile("(?:发布|参与|推出|贡献|提供|构建|开源|出品)(?:了|过)?"
            + "((?:[^，。？?！!]*?(?:数据集|数据))?)的?(?:数量|个数)?最多的(" + KIND_ZH + ")");
    /** What is left of a question once its ranking words are out: nothing to ask about but datasets. */
    private static final Pattern NOTHING_LEFT = Pattern.compile("(?i)[\\s?？!！.。,，的是]*(?:datasets?|data sets?|entries|data|数据集|数据)?"
            + "[\\s?？!！.。,，的是]*(?:in the catalog|目录中|目录里)?[\\s?？!！.。,，]*");

    private final Glossary glossary;

    PublisherRankingReader(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * @param rest the question's other words, a question of its own ("remote sensing datasets in 2024"), blank when
     *             the ranking is over every entry
     * @param kind the kind of publisher counted, empty for any
     * @param language the whole question's language, which the answer is written in
     */
    record Asked(String rest, Optional<Query.PublisherKind> kind, Language language) {
    }

    /** The ranking a question asks for, if it asks which publisher has the most datasets. */
    Optional<Asked> asked(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        Language language = Language.of(question);
        Matcher m = EN.matcher(lower);
        if (m.find() && countsDatasets(m.group(2))) return Optional.of(asked(lower.substring(0, m.start()) + " " + m.group(2), m.group(1), language));
        m = EN_WHO.matcher(lower);
        if (m.find() && countsDatasets(m.group(1))) return Optional.of(asked(lower.substring(0, m.start()) + " " + m.group(1), "", language));
        m = EN_PROLIFIC.matcher(lower);
        if (m.find()) return Optional.of(asked(lower.substring(0, m.start()) + " " + m.group(2).replaceFirst(
                "^\\s*(?:by|in)\\s+(?:the\\s+)?(?:number|count)\\s+of\\b", " "), m.group(1), language));
        m = ZH.matcher(question);
        if (m.find()) {
            String kind = m.group(2) == null ? (m.group(1).contains("所") ? "大学" : "") : m.group(2);
            return Optional.of(asked(question.substring(0, m.start()) + " " + m.group(3), kind, language));
        }
        m = ZH_AFTER.matcher(question);
        if (m.find()) return Optional.of(asked(question.substring(0, m.start()) + " " + m.group(1), m.group(2), language));
        return Optional.empty();
    }

    /** After "most": datasets counted ("remote sensing datasets", nothing at all), not a figure or an adjective. */
    private static boolean countsDatasets(String afterMost) {
        return !NOT_A_COUNT.matcher(afterMost).find()
                && (COUNTS_DATASETS.matcher(afterMost).find() || NOTHING_LEFT.matcher(afterMost).matches());
    }

    private Asked asked(String rest, String kindWord, Language language) {
        String left = NOTHING_LEFT.matcher(rest).matches() ? "" : rest.strip();
        boolean university = kindWord.matches("(?i)(" + UNIVERSITY_EN + ")") || List.of("大学", "高校", "学校", "院校").contains(kindWord);
        Optional<Query.PublisherKind> kind = university ? Optional.of(new Query.PublisherKind("universities", "大学",
                glossary.cues("publisher-forms-universities"), glossary.cues("publisher-not-universities"), "")) : Optional.empty();
        return new Asked(left, kind, language);
    }
}
