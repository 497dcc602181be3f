package org.catalogchat.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.Engine;
import org.catalogchat.eval.EvalCommand;
import org.catalogchat.llm.LlmAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eval FILE}: the command line of {@link EvalCommand}. */
@Command(name = "eval", description = "score the answerer and the textbook RAG baseline on an evaluation set",
        sortOptions = false)
final class EvalRun implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "evaluation set, one JSON case a line")
    Path file;
    @Option(names = "--min-accuracy", paramLabel = "PERCENT",
            description = "exit 1 when overall accuracy is below this (default 0)")
    Integer minAccuracy;
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Mixin
    LlmOptions llm = new LlmOptions();
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream out;
    private final PrintStream err;

    EvalRun(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (file == null) {
            throw new ParameterException(spec.commandLine(),
                    "eval needs a file, e.g. eval src/test/resources/eval/questions.jsonl");
        }
        if (!Files.isRegularFile(file)) throw new ParameterException(spec.commandLine(), "no such evaluation file: " + file);
        int min = Ranges.check(spec, "--min-accuracy", minAccuracy, 0, 0, 100);
        var settings = llm.settings(spec);
        Engine engine = LlmAnswerer.configure(Engine.load(catalog.path(), Glossary.bundled(), Main.embeddingModel()),
                settings, llm.promptFolder());
        return EvalCommand.run(file, min / 100.0, engine, out, err);
    }
}
