package org.catalogchat.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Source;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.llm.LlmAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ask "QUESTION"}: one answer in the terminal, with its "did you mean" list; {@code --explain} adds the grounded
 * answerer's plan and evidence (the grounded answer's, also when an LLM words the answer).
 */
@Command(name = "ask", description = "answer one question in the terminal", sortOptions = false)
final class AskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "the question, in Chinese or English")
    List<String> words = new ArrayList<>();
    @picocli.CommandLine.Option(names = "--explain",
            description = "also print why: the query plan, the evidence each listed entry matched, and the verdict")
    boolean explain;
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Mixin
    LlmOptions llm = new LlmOptions();
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream out;

    AskCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        String question = String.join(" ", words);
        if (question.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "ask needs a question, e.g. ask \"Who released MedTrinity-25M?\"");
        }
        var settings = llm.settings(spec);
        Engine engine = LlmAnswerer.configure(Engine.load(catalog.path(), Glossary.bundled(), Main.embeddingModel()),
                settings, llm.promptFolder());
        // One question, one turn: the smallest memory there is.
        var memory = new Conversations(1, 1, Duration.ofMinutes(1), Clock.systemUTC());
        Answer a = new ChatService(engine, memory).ask(question, null).answer();
        out.println(a.markdown());
        if (!a.suggestions().isEmpty()) {
            out.println();
            out.println(a.language().code().equals("zh") ? "你是否在找：" : "Did you mean:");
            for (Source s : a.suggestions()) out.println("  - " + s.name() + " " + s.url());
        }
        if (explain) {
            out.println();
            out.print(engine.grounded().explain(org.catalogchat.answer.Question.of(question)).render());
        }
        return 0;
    }
}
