package org.catalogchat.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** Judges one answer against its case; the same rules for the bot and the baseline. */
final class Scorer {
    private Scorer() {
    }

    static final List<String> NOT_FOUND_MARKERS = List.of("not in the catalog", "目录中没有");

    /** Whether the answer is right: the right sources and every required fact, or a plain "not in the catalog". */
    static boolean correct(EvalCase c, String text, List<String> sources) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (c.absent()) return sources.isEmpty() && saysNotFound(lower);
        boolean sourcesOk = switch (c.match()) {
            case "exact" -> new HashSet<>(sources).equals(new HashSet<>(c.expect()));
            case "contains" -> sources.containsAll(c.expect());
            default -> !sources.isEmpty() && sources.get(0).equals(c.expect().get(0));
        };
        return sourcesOk && c.facts().stream().allMatch(f -> hasFact(lower, f));
    }

    /**
     * Whether the answer holds back: no entry named and a plain "not in the catalog" (or a question back). Such an
     * answer may be wrong, but it does not mislead; anything else that is wrong states a figure or a list.
     */
    static boolean abstains(String text, List<String> sources, String botIntent) {
        return sources.isEmpty() && (botIntent.equals("clarify") || saysNotFound(text.toLowerCase(Locale.ROOT)));
    }

    private static boolean saysNotFound(String lowerText) {
        return NOT_FOUND_MARKERS.stream().anyMatch(lowerText::contains);
    }

    /** A fact may list spellings that are equally right, "Stanford|斯坦福大学": any one of them counts. */
    static boolean hasFact(String lowerText, String fact) {
        for (String alt : fact.split("\\|")) if (lowerText.contains(alt.strip().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** Share of the first five ranked that are expected, out of what five could hold (lists may be longer). */
    static double recallAt5(EvalCase c, List<String> ranking) {
        if (c.expect().isEmpty()) return 0;
        List<String> top = ranking.subList(0, Math.min(5, ranking.size()));
        return c.expect().stream().filter(top::contains).count() / (double) Math.min(5, c.expect().size());
    }

    /** 1 / rank of the first expected dataset, 0 if none is ranked. */
    static double reciprocalRank(EvalCase c, List<String> ranking) {
        for (int i = 0; i < ranking.size(); i++) if (c.expect().contains(ranking.get(i))) return 1.0 / (i + 1);
        return 0;
    }
}
