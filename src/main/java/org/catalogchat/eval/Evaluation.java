package org.catalogchat.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Question;
import org.catalogchat.answer.Source;

/**
 * Runs an evaluation set through the bot and the textbook baseline in one process and tallies accuracy
 * per intent and language, intent recognition, recall@5 and MRR.
 *
 * <pre>{@code
 * Evaluation.Report r = new Evaluation(engine, baseline).run(Evaluation.load(Path.of("src/test/resources/eval/questions.jsonl")));
 * r.botAccuracy("en");
 * }</pre>
 */
public final class Evaluation {
    /**
     * The intent recorded for a question whose answering threw: the question counts as failed and the run goes on,
     * so one crash neither hides the rest of the set's scores nor passes unseen (see {@link Report#errors()}).
     */
    public static final String ERROR_INTENT = "error";

    /** How one case went for both systems. */
    public record Outcome(EvalCase c, boolean bot, boolean baseline, boolean intentRight, String botIntent,
                          double botRecall, double botRr, double baseRecall, double baseRr, String botAnswer,
                          List<String> botSources) {
        private static final java.util.Set<String> SET_INTENTS = java.util.Set.of("count", "list", "topic");

        /**
         * A wrong count or list stated as if right: the "never a confident wrong count or list". A wrong
         * "not in the catalog" is not one; a list given where the catalog has none is.
         */
        public boolean confidentWrongSet() {
            return !bot && SET_INTENTS.contains(botIntent) && !Scorer.abstains(botAnswer, botSources, botIntent);
        }
    }

    /** All outcomes, with the figures the eval command prints. */
    public record Report(List<Outcome> outcomes) {
        public double botAccuracy(String language) {
            return share(outcomes.stream().filter(o -> language == null || o.c().language().equals(language)), Outcome::bot);
        }

        public double baselineAccuracy(String language) {
            return share(outcomes.stream().filter(o -> language == null || o.c().language().equals(language)), Outcome::baseline);
        }

        public Map<String, List<Outcome>> byIntent() {
            var map = new TreeMap<String, List<Outcome>>();
            for (Outcome o : outcomes) map.computeIfAbsent(o.c().intent(), k -> new ArrayList<>()).add(o);
            return map;
        }

        public long confidentWrongSets() {
            return outcomes.stream().filter(Outcome::confidentWrongSet).count();
        }

        /** Questions whose answering threw; any makes the eval command and CI fail, whatever the accuracy. */
        public long errors() {
            return outcomes.stream().filter(o -> o.botIntent().equals(ERROR_INTENT)).count();
        }

        public List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.bot()).toList();
        }

        static double share(Stream<Outcome> s, java.util.function.Predicate<Outcome> p) {
            List<Outcome> list = s.toList();
            return list.isEmpty() ? 0 : list.stream().filter(p).count() / (double) list.size();
        }
    }

    private final Engine engine;
    private final TextbookRag baseline;

    public Evaluation(Engine engine, TextbookRag baseline) {
        this.engine = engine;
        this.baseline = baseline;
    }

    public static List<EvalCase> load(Path file) {
        var mapper = new ObjectMapper();
        var cases = new ArrayList<EvalCase>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.strip().startsWith("//")) continue;
                try {
                    cases.add(mapper.readValue(line, EvalCase.class));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cases.isEmpty()) throw new IllegalArgumentException(file + " has no evaluation cases");
        return cases;
    }

    public Report run(List<EvalCase> cases) {
        var outcomes = new ArrayList<Outcome>();
        for (EvalCase c : cases) {
            try {
                outcomes.add(outcome(c));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(c, false, false, false, ERROR_INTENT, 0, 0, 0, 0,
                        "error: " + e, List.of()));
            }
        }
        return new Report(outcomes);
    }

    private Outcome outcome(EvalCase c) {
        Answer a = engine.answerer().answer(new Question(c.question(), earlierTurns(c)));
        List<String> sources = a.sources().stream().map(Source::id).toList();
        var ranking = new ArrayList<>(sources);
        a.suggestions().stream().map(Source::id).filter(id -> !ranking.contains(id)).forEach(ranking::add);
        TextbookRag.Result b = baseline.answer(c.question());
        return new Outcome(c, Scorer.correct(c, a.markdown(), sources), Scorer.correct(c, b.text(), b.sourceIds()),
                a.intent().label().equals(c.intent()), a.intent().label(),
                Scorer.recallAt5(c, ranking), Scorer.reciprocalRank(c, ranking),
                Scorer.recallAt5(c, b.ranking()), Scorer.reciprocalRank(c, b.ranking()), a.markdown(), sources);
    }

    /** The case's earlier questions asked first, each seeing the turns before it, as a conversation would. */
    private List<Question.Turn> earlierTurns(EvalCase c) {
        var turns = new ArrayList<Question.Turn>();
        for (String earlier : c.history()) {
            Answer a = engine.answerer().answer(new Question(earlier, turns));
            turns.add(new Question.Turn(earlier, a));
        }
        return turns;
    }
}
