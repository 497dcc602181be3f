package org.catalogchat.eval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.Engine;

/**
 * {@code eval [FILE]}: scores the bot and the textbook baseline and prints accuracy per intent and language,
 * intent recognition, recall@5 and MRR, side by side, and how many wrong answers stated a count or a list rather
 * than holding back ("wrong sets": the "never a confident wrong count or list"). Without a file it scores
 * every catalog + set pair under {@code src/test/resources/eval} (see {@link EvalSuite}). With
 * {@code -Dcatalogchat.vocabulary=none} (or {@code CATALOG_CHAT_VOCABULARY=none}) it runs with the shipped general
 * vocabulary emptied: the ablation.
 */
public final class EvalCommand {
    static final Path DEFAULT_ROOT = Path.of("src/test/resources/eval");

    private EvalCommand() {
    }

    /** Whether this run asks for the ablation: the shipped general vocabulary emptied. */
    public static boolean vocabularyEmptied(Map<String, String> env) {
        String v = System.getProperty("catalogchat.vocabulary", env.getOrDefault("CATALOG_CHAT_VOCABULARY", ""));
        return v.strip().toLowerCase(Locale.ROOT).equals("none");
    }

    /**
     * @param file        one evaluation set, or null for every catalog + set pair under {@code src/test/resources/eval}
     * @param minAccuracy exit 1 when a set's accuracy is below this share (0 to 1)
     * @param answerers   applied to each loaded engine (the LLM answerer when one is configured)
     * @return 0; 1 below the minimum accuracy; 2 for a missing file or folder
     */
    public static int run(Path file, double minAccuracy, Path defaultCatalog, EmbeddingModel model,
                          UnaryOperator<Engine> answerers, Map<String, String> env, PrintStream out, PrintStream err) {
        boolean ablation = vocabularyEmptied(env);
        Glossary glossary = ablation ? Glossary.bundled().withoutVocabulary() : Glossary.bundled();
        if (ablation) out.println("(ablation: shipped general vocabulary emptied)");
        double min = minAccuracy;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                err.println("error: no such evaluation file: " + file);
                return 2;
            }
            Engine engine = answerers.apply(Engine.load(defaultCatalog, glossary, model));
            Evaluation.Report report;
            try {
                report = evaluate(engine, model, checkedCases(file, engine));
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            // run alone, a blind test set still shows its totals only
            print(report, out, !EvalSuite.isBlindTest(file));
            return check(report, min, file.toString(), err) ? 0 : 1;
        }
        if (!Files.isDirectory(DEFAULT_ROOT)) {
            err.println("error: eval needs a file, or the folder " + DEFAULT_ROOT + " (run it from the repository)");
            return 2;
        }
        var engines = new LinkedHashMap<Path, Engine>();
        boolean ok = true;
        var summary = new StringBuilder();
        for (EvalSuite.Pair p : EvalSuite.discover(DEFAULT_ROOT, defaultCatalog)) {
            Engine engine = engines.computeIfAbsent(p.catalog(), c -> answerers.apply(Engine.load(c, glossary, model)));
            Evaluation.Report report;
            try {
                report = evaluate(engine, model, checkedCases(p.questions(), engine));
            } catch (IllegalArgumentException e) {
                // one broken set fails the run but does not hide the others' scores
                err.println("error: " + e.getMessage());
                ok = false;
                continue;
            }
            out.printf("%n=== %s (%d questions, catalog %s, %d entries) ===%n", p.name(), report.outcomes().size(),
                    p.catalog(), engine.catalog().size());
            // A blind test set's questions stay unseen: its failures are counted, never printed.
            print(report, out, !p.isTest());
            summary.append(String.format(Locale.ROOT, "  %-20s %4d  %6.1f%%  (en %5.1f%%, zh %5.1f%%)  baseline %5.1f%%  wrong sets %d%n",
                    p.name(), report.outcomes().size(), report.botAccuracy(null) * 100, report.botAccuracy("en") * 100,
                    report.botAccuracy("zh") * 100, report.baselineAccuracy(null) * 100, report.confidentWrongSets()));
            ok &= check(report, min, p.name(), err);
        }
        out.printf("%nsummary:%n%s", summary);
        return ok ? 0 : 1;
    }

    /** The set's cases, refused when a line does not parse or an expected id names no entry of the catalog. */
    static List<EvalCase> checkedCases(Path questions, Engine engine) {
        List<EvalCase> cases = Evaluation.load(questions);
        ExpectedIds.requireKnown(cases, engine.catalog(), questions);
        return cases;
    }

    static Evaluation.Report evaluate(Engine engine, EmbeddingModel model, List<EvalCase> cases) {
        return new Evaluation(engine, new TextbookRag(engine.catalog(), model)).run(cases);
    }

    static boolean check(Evaluation.Report report, double min, String what, PrintStream err) {
        boolean ok = report.botAccuracy(null) >= min;
        if (!ok) err.printf("error: %s: accuracy below --min-accuracy %.0f%%%n", what, min * 100);
        // a crash is a defect whatever the set's accuracy: a 500 to a user
        if (report.errors() > 0) err.printf("error: %s: %d questions threw while being answered%n", what, report.errors());
        return ok && report.errors() == 0;
    }

    static void print(Evaluation.Report r, PrintStream out, boolean showFailures) {
        out.printf("%-12s %5s %9s %9s %7s %8s%n", "intent", "n", "bot", "baseline", "ratio", "intent✓");
        r.byIntent().forEach((intent, list) -> row(out, intent, list));
        for (String lang : List.of("en", "zh")) {
            row(out, "lang=" + lang, r.outcomes().stream().filter(o -> o.c().language().equals(lang)).toList());
        }
        row(out, "all", r.outcomes());
        out.printf("confident wrong counts or lists: %d%n", r.confidentWrongSets());
        if (r.errors() > 0) out.printf("questions that threw: %d%n", r.errors());
        List<Evaluation.Outcome> ranked = r.outcomes().stream().filter(o -> !o.c().absent() && !o.c().expect().isEmpty()).toList();
        out.printf("%nretrieval over %d answerable questions:   bot   baseline%n", ranked.size());
        out.printf("  recall@5                              %5.3f   %5.3f%n", mean(ranked, Evaluation.Outcome::botRecall),
                mean(ranked, Evaluation.Outcome::baseRecall));
        out.printf("  MRR                                   %5.3f   %5.3f%n", mean(ranked, Evaluation.Outcome::botRr),
                mean(ranked, Evaluation.Outcome::baseRr));
        if (!r.failures().isEmpty() && !showFailures) {
            out.printf("%nbot failures: %d (not shown: blind test set)%n", r.failures().size());
        } else if (!r.failures().isEmpty()) {
            out.printf("%nbot failures (%d):%n", r.failures().size());
            for (Evaluation.Outcome o : r.failures()) {
                out.printf("  [%s/%s→%s] %s%s%n      sources=%s expected=%s facts=%s%n      answer: %s%n", o.c().intent(),
                        o.c().language(), o.botIntent(), o.c().history().isEmpty() ? "" : o.c().history() + " → ",
                        o.c().question(), o.botSources(), o.c().expect(), o.c().facts(),
                        o.botAnswer().replace('\n', ' ').substring(0, Math.min(220, o.botAnswer().replace('\n', ' ').length())));
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
