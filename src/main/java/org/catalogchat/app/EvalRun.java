package org.catalogchat.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.catalogchat.eval.EvalCommand;
import org.catalogchat.llm.LlmAnswerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eval [FILE]}: the command line of {@link EvalCommand}. */
@Command(name = "eval", sortOptions = false, description = {
        "score the answerer and the textbook RAG baseline on one evaluation set, or on every catalog+set pair under",
        "src/test/resources/eval (CATALOG_CHAT_VOCABULARY=none: the ablation without the shipped vocabulary)"})
final class EvalRun implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE", arity = "0..1", description = "evaluation set, one JSON case a line (default: every set under src/test/resources/eval)")
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
    private final Map<String, String> env;

    EvalRun(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    @Override
    public Integer call() {
        if (file != null && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such evaluation file: " + file);
        }
        int min = Ranges.check(spec, "--min-accuracy", minAccuracy, 0, 0, 100);
        var settings = llm.settings(spec);
        return EvalCommand.run(file, min / 100.0, catalog.path(), Main.embeddingModel(),
                e -> LlmAnswerer.configure(e, settings, llm.promptFolder()), env, out, err);
    }
}
