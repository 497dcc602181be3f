package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;

/** The answers that are not about entries: not in the catalog, which one did you mean, and help. */
final class Replies {
    private static final int SUGGESTIONS = 3;

    /** How many of the entries the conditions alone select are named: enough to judge, not a second answer. */
    private static final int NAMED_UNDER_CONDITIONS = 6;

    private final Catalog catalog;
    private final SetComposer sets;

    Replies(Catalog catalog, SetComposer sets) {
        this.catalog = catalog;
        this.sets = sets;
    }

    /**
     * "Not in the catalog", naming what is missing; a count question also gets its 0.
     *
     * @param near the "did you mean" search, run only when the evidence has no near misses of its own to show
     */
    Answer notInCatalog(QueryPlan p, Evidence e, java.util.function.Supplier<List<Source>> near) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        String missing;
        if (!p.unknownNames().isEmpty()) {
            missing = String.join(zh ? "、" : ", ", asWritten(p.unknownNames(), p.query().text()));
        } else if (!e.unmatched().isEmpty()) {
            String words = String.join(zh ? "" : " ", e.unmatched().stream().map(Subject::text).toList());
            missing = zh ? "关于“" + words + "”的数据集" : "dataset about “" + words + "”";
        } else {
            missing = sets.describe(p, lang);
        }
        var sb = new StringBuilder();
        // "how many objects does Objaverse-XL have?" counts no datasets: a 0 there would be a confident wrong figure
        boolean countsEntries = p.unknownNames().isEmpty() || CountReader.countsDatasets(p.query().text());
        if (p.query().count() && countsEntries) sb.append("**0**. ");
        if (!p.unknownNames().isEmpty()) {
            sb.append(zh ? "**目录中没有。** 目录中没有 " + missing + "。" : "**Not in the catalog.** " + missing + " is not in the catalog.");
            if (!e.suggestions().isEmpty()) {
                var names = e.suggestions().stream().map(Dataset::name).toList();
                sb.append(zh ? "它只在这些条目的说明中被提到：" + String.join("、", names) + "。"
                        : " It is only mentioned in the description of " + Wording.joinEnglish(names) + ".");
            }
        } else if (p.subjects().isEmpty() && !p.query().hasFilters() && !p.query().listAll() && p.previous().isEmpty()) {
            // no subject, name or filter was read: "the catalog has no datasets" would be false
            sb.append(zh ? "**目录中没有。** 目录中没有与这个问题相符的条目。可以按主题、发布机构、年份或数据集名称提问。"
                    : "**Not in the catalog.** Nothing in the catalog matches that question. Ask about a topic, a publisher, a year or a dataset by name.");
        } else {
            sb.append(zh ? "**目录中没有。** 目录中没有" + missing + "。" : "**Not in the catalog.** The catalog has no " + missing + ".");
        }
        var suggestions = new ArrayList<Source>();
        e.suggestions().stream().limit(SUGGESTIONS).forEach(d -> suggestions.add(Source.of(d, 0.5)));
        if (suggestions.isEmpty()) near.get().stream().limit(SUGGESTIONS).forEach(suggestions::add);
        return new Answer(sb.toString(), List.of(), suggestions, Intent.NOT_FOUND, lang, "grounded");
    }

    /**
     * Nothing meets the question's conditions, though its subjects select {@code matched}: "not in the catalog" for
     * the conditions, then those entries with their dates and publishers, as suggestions, never as the answer.
     */
    Answer noneUnderTheConditions(QueryPlan p, Evidence e, List<Dataset> matched, List<Dataset> conditionsOnly) {
        Answer none = notInCatalog(p, e, List::of);
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        var words = new ArrayList<String>();
        String topic = SetComposer.topicWords(p, lang);
        List<Dataset> shown = matched.stream().limit(SUGGESTIONS).toList();
        for (Dataset d : shown) {
            String when = d.released().isStated() ? d.released().toString() : (zh ? "日期未说明" : "date not stated");
            words.add(zh ? d.name() + "（" + when + "，" + String.join("、", d.publishers()) + "）"
                    : d.name() + " (" + when + ", " + Wording.joinEnglish(d.publishers()) + ")");
        }
        int n = matched.size();
        String more = n > shown.size() ? (zh ? "等" : ", and " + (n - shown.size()) + " more") : "";
        String text = none.markdown() + (zh
                ? "目录中与“" + topic + "”相关的 " + n + " 个数据集是：" + String.join("、", words) + more + "。"
                : " The catalog's " + n + " " + topic + (n == 1 ? " dataset is " : " datasets are ") + Wording.joinEnglish(words) + more + ".");
        var suggestions = shown.stream().map(d -> Source.of(d, 0.5)).toList();
        if (!conditionsOnly.isEmpty()) text = unverified(p, text, topic, conditionsOnly);
        return new Answer(text, List.of(), suggestions, Intent.NOT_FOUND, lang, "grounded");
    }

    /**
     * A "0" under conditions that do select entries is only as sure as the topic's words: none of those entries
     * writes them, yet one may be about the topic in other words. So the count is not stated as a figure; the
     * entries the conditions select are named (not as sources) for the asker to judge.
     */
    private String unverified(QueryPlan p, String text, String topic, List<Dataset> conditionsOnly) {
        boolean zh = p.language() == Language.ZH;
        String rest = text.startsWith("**0**. ") ? text.substring("**0**. ".length()) : text;
        List<String> names = conditionsOnly.stream().limit(NAMED_UNDER_CONDITIONS).map(Dataset::name).toList();
        int n = conditionsOnly.size();
        String window = sets.describe(p.withoutSubjects(), p.language());
        String more = n > names.size() ? (zh ? "等" : ", and " + (n - names.size()) + " more") : "";
        return rest + (zh
                ? "目录中" + window + "共有 " + n + " 个：" + String.join("、", names) + more + (n == 1 ? "，它的说明没有写到“" : "，它们的说明都没有写到“") + topic
                        + "”；如果其中有用别的说法写这个主题的，请按名称询问。"
                : " The catalog's " + n + " " + window + (n == 1 ? " is " : " are ") + Wording.joinEnglish(names) + more
                        + (n == 1 ? "; it does not write “" : "; none writes “") + topic
                        + "”, so if one is about it in other words, ask about it by name.");
    }

    /** Names the question writes next to each other are one name to the reader: "Netflix Prize", not "Netflix, Prize". */
    static List<String> asWritten(List<String> names, String question) {
        var out = new ArrayList<String>();
        for (String n : names) {
            int last = out.size() - 1;
            if (last >= 0 && question.contains(out.get(last) + " " + n)) {
                out.set(last, out.get(last) + " " + n);
            } else {
                out.add(n);
            }
        }
        // "Landsat 9", "Online Retail II": the number or numeral written right after a name is part of the name asked
        for (int i = 0; i < out.size(); i++) {
            Matcher m = Pattern.compile(Pattern.quote(out.get(i)) + "( (?:\\d+(?:\\.\\d+)?|II|III|IV|VI|VII|VIII))(?![\\w-])").matcher(question);
            if (m.find()) out.set(i, out.get(i) + m.group(1));
        }
        return out;
    }

    /** A superlative over entries none of which states the figure it ranks by ("which is the largest?"). */
    Answer nothingToRankBy(QueryPlan p, Evidence e) {
        Language lang = p.language();
        int n = e.entries().size();
        // the word ranked by, as asked ("stations"), so the reply says which figure is missing
        String noun = p.rankNoun().isEmpty() ? "" : p.rankNoun().get(0);
        String text = lang == Language.ZH
                ? "**目录未说明。** 这 " + n + " 个数据集的条目都没有写明" + (noun.isEmpty() ? "可用来排名的数字" : "“" + noun + "”的数量")
                + "，无法比较。"
                : "**The catalog does not say.** " + (n == 1 ? "The one dataset asked about does not state" : "None of the " + n
                + " datasets asked about states") + (noun.isEmpty() ? " a figure to rank by." : " a number of " + noun + ".");
        var suggestions = e.entries().stream().limit(SUGGESTIONS).map(d -> Source.of(d, 0.5)).toList();
        return new Answer(text, List.of(), suggestions, Intent.NOT_FOUND, lang, "grounded");
    }

    /**
     * "Which datasets were published by Chinese universities?": the catalog lists publishers by name, so the
     * qualifier cannot be checked; the entries of that kind are offered as suggestions, never as the answer.
     */
    Answer kindNotStated(QueryPlan p, Evidence e) {
        Language lang = p.language();
        Query.PublisherKind k = p.query().publisherKind().orElseThrow();
        int n = e.entries().size();
        String text = lang == Language.ZH
                ? "**目录未说明。** 目录只列出发布机构的名称，没有说明哪些是“" + k.region() + "”的" + k.chinese() + "。发布机构名称中写有“"
                + k.forms().get(0) + "”的数据集有 " + n + " 个；可以按机构名称提问。"
                : "**The catalog does not say.** It lists publishers by name only, so which are “" + k.region() + "” "
                + k.english() + " is not stated. " + n + (n == 1 ? " dataset comes" : " datasets come") + " from publishers whose names say they are "
                + k.english() + "; ask by a publisher's name.";
        var suggestions = e.entries().stream().limit(SUGGESTIONS).map(d -> Source.of(d, 0.5)).toList();
        return new Answer(text, List.of(), suggestions, Intent.NOT_FOUND, lang, "grounded");
    }

    /** Why a selection the question asks for cannot be made, said instead of a count or list that would be wrong. */
    Answer unreadable(UnreadableSelection why, QueryPlan p) {
        return switch (why) {
            case PUBLISHER_NUMBER -> publisherNumbersNotStated(p);
            case UPPER_BOUND -> upperBoundNotRead(p);
            case UNREAD_PUBLISHER -> publisherNotRead(p);
        };
    }

    /**
     * "How many datasets have exactly two publishers?": the catalog lists publishers by name, a list may end in 等,
     * so their number is not stated for every entry; the answer says so and how to ask instead.
     */
    private static Answer publisherNumbersNotStated(QueryPlan p) {
        return selectionNotReadable(p,
                "**目录未说明。** 目录按名称列出每个数据集的发布机构，有的列表以“等”结尾，并非每个条目都写明了发布机构的数量，"
                + "因此无法按发布机构的数量统计或筛选数据集。可以按机构名称提问。",
                "**The catalog does not say.** It lists each dataset's publishers by name, and a list may end in “等” "
                + "(“and others”), so how many publishers a dataset has is not stated for every entry: datasets cannot be "
                + "counted or listed by their number of publishers. Ask by a publisher's name instead.");
    }

    /** "fewer than 1000 videos": a bound from above is not read, so no list or count is given ({@link UpperBounds}). */
    private static Answer upperBoundNotRead(QueryPlan p) {
        return selectionNotReadable(p,
                "**无法按这个上限筛选。** 目录中的数量只能按“超过/至少”筛选；“不到/少于”这样的上限无法逐条核对（并非每个条目都写明了这个数量），"
                + "因此不给出可能有误的列表或数量。可以询问“超过……”的数据集，或按名称询问某个数据集的数量。",
                "**The catalog cannot be filtered by that upper bound.** Figures can be used as a lower bound (“more than …”); "
                + "“fewer than / less than” cannot be checked entry by entry (not every entry states that figure), so no list or "
                + "count is given rather than a wrong one. Ask for datasets with more than a figure, or for one dataset's figure by name.");
    }

    /** "MIT or one of its labs" where no publisher of the catalog is read: no count by the other words ({@link SubOrganisations}). */
    private static Answer publisherNotRead(QueryPlan p) {
        return selectionNotReadable(p,
                "**目录中没有。** 目录的发布机构中没有找到问题所说的机构，因此不统计它及其下属机构发布的数据集；可以按目录中写的机构名称提问。",
                "**Not in the catalog.** No publisher in the catalog's publisher lists is read as the one asked about, so no "
                + "datasets are counted for it or its sub-organisations; ask by the publisher's name as the catalog writes it.");
    }

    /** A selection the catalog cannot make, said in the question's language, with no list and no sources. */
    private static Answer selectionNotReadable(QueryPlan p, String chinese, String english) {
        Language lang = p.language();
        return new Answer(lang == Language.ZH ? chinese : english, List.of(), List.of(), Intent.NOT_FOUND, lang, "grounded");
    }

    /** A follow-up that could mean any entry of the previous list: ask which, offering them. */
    Answer askWhich(QueryPlan p) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        var names = p.previous().stream().map(Dataset::name).toList();
        String text = zh ? "你指的是哪一个数据集？上一个回答列出了 " + names.size() + " 个：" + String.join("、", names) + "。"
                : "Which dataset do you mean? The previous answer listed " + names.size() + ": " + Wording.joinEnglish(names) + ".";
        return new Answer(text, List.of(), p.previous().stream().map(d -> Source.of(d, 1.0)).toList(), Intent.CLARIFY,
                lang, "grounded");
    }

    /**
     * A count that cannot be stated for certain: {@code members} write the kind asked, {@code rivals} read as close to
     * it in other words. No figure and no sources (either group alone could be the wrong count); the reader says which.
     */
    Answer unsureCount(QueryPlan p, List<Dataset> members, List<Dataset> rivals, String kind) {
        Language lang = p.language();
        boolean zh = lang == Language.ZH;
        var written = members.stream().map(Dataset::name).toList();
        var close = rivals.stream().map(Dataset::name).toList();
        String text = zh
                ? "这个数目我无法确定：" + written.size() + " 个数据集写到“" + kind + "”（" + String.join("、", written) + "），另有 "
                + close.size() + " 个用别的说法、意思相近（" + String.join("、", close) + "）。要把哪些算进去？"
                : "I can't state this count for certain: " + written.size() + " " + (written.size() == 1 ? "entry writes" : "entries write")
                + " “" + kind + "” (" + Wording.joinEnglish(written) + "), and " + close.size() + " more read close to it in other words ("
                + Wording.joinEnglish(close) + "). Which should count?";
        var suggestions = new java.util.ArrayList<Source>();
        members.forEach(d -> suggestions.add(Source.of(d, 1.0)));
        rivals.forEach(d -> suggestions.add(Source.of(d, 0.5)));
        return new Answer(text, List.of(), suggestions, Intent.CLARIFY, lang, "grounded");
    }

    Answer help(Language lang) {
        String text = lang == Language.ZH
                ? "我可以回答关于这个目录中 " + catalog.size() + " 个数据集的问题：谁发布的、何时发布、规模多大、某个主题有哪些数据集、某年发布了多少个，或者比较两个数据集。"
                : "I answer questions about the " + catalog.size() + " datasets in this catalog: who released one, when, how big it is, "
                + "which datasets cover a subject, how many came out in a year, or how two compare.";
        return new Answer(text, List.of(), List.of(), Intent.HELP, lang, "grounded");
    }
}
