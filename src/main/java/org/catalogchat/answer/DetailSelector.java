package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Dataset;

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

    private final EntryTexts texts;

    DetailSelector(EntryTexts texts) {
        this.texts = texts;
    }

    /** The sentences of a description that write the most (rarity-weighted) of the question's subjects. */
    List<String> bestSentences(Dataset d, List<Subject> subjects, Map<Subject, Set<Dataset>> matched) {
        var scored = new ArrayList<Map.Entry<String, Double>>();
        List<String> all = texts.sentences(d);
        for (String s : all) {
            double score = 0;
            for (Subject subject : subjects) {
                if (EntryTexts.writes(s, subject)) score += weight(matched.getOrDefault(subject, Set.of()).size());
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

    /** The clauses of a description where a figure is followed by one of the forms ("1000小时", "400 speakers"). */
    List<String> figures(Dataset d, List<String> nounForms) {
        var out = new ArrayList<String>();
        for (String clause : d.description().split("[，。；;！？\\n]|,\\s")) {
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
                    // "715个从Bilibili平台收集并标注的视频": a measure word, a relative clause ending in 的, then the
                    // noun, with no other figure in between.
                    int far = longer.indexOf(form);
                    return far > 0 && longer.startsWith("个") && longer.charAt(far - 1) == '的'
                            && !longer.substring(0, far).matches(".*\\d.*");
                });
                if (counts && !out.contains(clause.strip())) out.add(clause.strip());
            }
        }
        return out;
    }

    /** Rarer subjects say more about what is asked: inverse document frequency over the catalog. */
    private double weight(int documentFrequency) {
        return Math.log(1 + texts.size() / (double) Math.max(1, documentFrequency));
    }
}
