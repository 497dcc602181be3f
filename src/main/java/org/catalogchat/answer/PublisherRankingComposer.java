package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;

/**
 * Composes "which university released the most datasets?" ({@link PublisherRankingReader}): the publishers of the asked
 * entries ranked by how many of those entries name them, the first (all tied for it) the answer, their entries cited.
 */
final class PublisherRankingComposer {
    private final Glossary glossary;
    private final Wording words;

    PublisherRankingComposer(Glossary glossary, Wording words) {
        this.glossary = glossary;
        this.words = words;
    }

    /**
     * The publishers ranked by how many of {@code entries} name them, the first (all tied for it) the answer with
     * their entries as sources; where no publisher of the kind asked is named by any, the answer says so.
     */
    Answer answer(PublisherRankingReader.Asked asked, List<Dataset> entries, String what, Language lang) {
        boolean zh = lang == Language.ZH;
        Map<String, List<Dataset>> byPublisher = new LinkedHashMap<>();
        for (Dataset d : entries) {
            var counted = new LinkedHashSet<String>();
            for (String name : d.publishers()) {
                if (asked.kind().isPresent() && !asked.kind().get().holds(name)) continue;
                counted.add(glossary.canonicalPublisher(name));
            }
            for (String p : counted) byPublisher.computeIfAbsent(p, k -> new ArrayList<>()).add(d);
        }
        if (byPublisher.isEmpty()) return noneOfTheKind(asked.kind().orElseThrow(), entries, what, lang);
        // most entries first; among equals, the newest entry first, as lists are ordered
        List<String> ranked = new ArrayList<>(byPublisher.keySet());
        ranked.sort(Comparator.comparingInt((String p) -> -byPublisher.get(p).size()));
        int top = byPublisher.get(ranked.get(0)).size();
        List<String> first = ranked.stream().filter(p -> byPublisher.get(p).size() == top).toList();
        var cited = new ArrayList<Dataset>();
        for (String p : first) for (Dataset d : byPublisher.get(p)) if (!cited.contains(d)) cited.add(d);
        String kindEn = asked.kind().isPresent() ? (first.size() > 1 ? "universities" : "university") : first.size() > 1 ? "publishers" : "publisher";
        String kindZh = asked.kind().isPresent() ? "大学" : "机构";
        var names = first.stream().map(p -> "**" + (zh ? p : words.englishPublisher(p)) + "**").toList();
        String nameList = zh ? String.join("、", names) : Wording.joinEnglish(names);
        var sb = new StringBuilder();
        if (zh) {
            sb.append("按目录的发布机构字段，").append(what).append("最多的").append(kindZh).append(first.size() > 1 ? "（并列）" : "")
                    .append("是 ").append(nameList).append(first.size() > 1 ? "，各 **" : "，共 **").append(top).append("** 个：");
        } else {
            sb.append("By the catalog's publisher fields, the ").append(kindEn)
                    .append(" behind the most ").append(what).append(first.size() > 1 ? " are " : " is ").append(nameList)
                    .append(", with **").append(top).append("**").append(first.size() > 1 ? " each" : "").append(":");
        }
        for (int i = 0; i < cited.size(); i++) sb.append('\n').append(words.listItem(i + 1, cited.get(i), lang));
        if (ranked.size() > first.size()) {
            sb.append(zh ? "\n\n排名：" : "\n\nRanking:");
            for (int i = 0; i < Math.min(5, ranked.size()); i++) {
                String p = ranked.get(i);
                sb.append('\n').append(i + 1).append(". ").append(zh ? p : words.englishPublisher(p)).append(" — ")
                        .append(byPublisher.get(p).size());
            }
        }
        return new Answer(sb.toString(), FactComposer.sources(cited), List.of(), Intent.LIST, lang, "grounded");
    }

    /**
     * "Which university released the most datasets?" where no publisher field names a university: there is nothing to
     * rank, and the answer says which entries were looked at rather than "nothing matches".
     */
    private static Answer noneOfTheKind(Query.PublisherKind kind, List<Dataset> entries, String what, Language lang) {
        int n = entries.size();
        String text = lang == Language.ZH
                ? "目录中这 " + n + " 个" + what + "的发布机构字段都没有写" + kind.chinese() + "，无法按" + kind.chinese() + "排名。"
                : "None of the " + n + " " + what + " names " + kind.english() + " in its publisher field, so there are no "
                + kind.english() + " to rank.";
        var suggestions = entries.stream().limit(3).map(d -> Source.of(d, 0.5)).toList();
        return new Answer(text, List.of(), suggestions, Intent.NOT_FOUND, lang, "grounded");
    }
}
