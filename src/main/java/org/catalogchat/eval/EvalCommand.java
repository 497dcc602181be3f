package org.catalogchat.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.catalogchat.core.Engine;

/**
 * {@code eval FILE}: scores the bot and the textbook baseline on an evaluation set and prints accuracy per
 * intent and language, intent recognition, recall@5 and MRR, side by side.
 */
public final class EvalCommand {
    private EvalCommand() {
    }

    /**
     * @param minAccuracy exit 1 when the bot's accuracy in either language is below this share (0 to 1)
     * @return 0, or 1 below the minimum accuracy
     */
    public static int run(Path file, double minAccuracy, Engine engine, PrintStream out, PrintStream err) {
        List<EvalCase> cases = Evaluation.load(file);
        var baseline = new TextbookRag(engine.catalog(), engine.retriever().vectors().model());
        Evaluation.Report report = new Evaluation(engine, baseline).run(cases);
        print(report, out);
        double min = minAccuracy;
        boolean ok = report.botAccuracy("en") >= min && report.botAccuracy("zh") >= min;
        if (!ok) err.printf("error: accuracy below --min-accuracy %.0f%%%n", min * 100);
        return ok ? 0 : 1;
    }

    static void print(Evaluation.Report r, PrintStream out) {
        out.printf("%-12s %5s %9s %9s %7s %8s%n", "intent", "n", "bot", "baseline", "ratio", "intent✓");
        r.byIntent().forEach((intent, list) -> row(out, intent, list));
        for (String lang : List.of("en", "zh")) {
            row(out, "lang=" + lang, r.outcomes().stream().filter(o -> o.c().language().equals(lang)).toList());
        }
        row(out, "all", r.outcomes());
        List<Evaluation.Outcome> ranked = r.outcomes().stream().filter(o -> !o.c().absent()).toList();
        out.printf("%nretrieval over %d answerable questions:   bot   baseline%n", ranked.size());
        out.printf("  recall@5                              %5.3f   %5.3f%n", mean(ranked, Evaluation.Outcome::botRecall),
                mean(ranked, Evaluation.Outcome::baseRecall));
        out.printf("  MRR                                   %5.3f   %5.3f%n", mean(ranked, Evaluation.Outcome::botRr),
                mean(ranked, Evaluation.Outcome::baseRr));
        if (!r.failures().isEmpty()) {
            out.printf("%nbot failures (%d):%n", r.failures().size());
            for (Evaluation.Outcome o : r.failures()) {
                out.printf("  [%s/%s→%s] %s%n      sources=%s expected=%s facts=%s%n", o.c().intent(), o.c().language(),
                        o.botIntent(), o.c().question(), o.botSources(), o.c().expect(), o.c().facts());
            }
        }
    }

    private static void row(PrintStream out, String label, List<Evaluation.Outcome> list) {
        double bot = Evaluation.Report.share(list.stream(), Evaluation.Outcome::bot);
        double base = Evaluation.Report.share(list.stream(), Evaluation.Outcome::baseline);
        double intent = Evaluation.Report.share(list.stream(), Evaluation.Outcome::intentRight);
        String ratio = base == 0 ? "∞" : String.format("%.1f×", bot / base);
        out.printf("%-12s %5d %8.1f%% %8.1f%% %7s %7.1f%%%n", label, list.size(), bot * 100, base * 100, ratio, intent * 100);
    }

    private static double mean(List<Evaluation.Outcome> list, ToDoubleFunction<Evaluation.Outcome> f) {
        return list.stream().mapToDouble(f).average().orElse(0);
    }
}
