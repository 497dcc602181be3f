package org.catalogchat.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve} (the default command): the HTTP server with every front door. */
@Command(name = "serve", description = "run the HTTP server (the default command)", sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server = new ServerOptions();
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Mixin
    IndexOptions index = new IndexOptions();
    @picocli.CommandLine.Option(names = "--read-only", description = "serve the index in --index-dir as the index "
            + "command built it: no catalog read, no writes, no watcher; a new generation published there is picked up")
    boolean readOnly;
    @Mixin
    ConversationOptions conversations = new ConversationOptions();
    @Mixin
    LlmOptions llm = new LlmOptions();
    @Mixin
    ChatopsOptions chatops = new ChatopsOptions();
    @Mixin
    OpsOptions ops = new OpsOptions();
    @Mixin
    FeedbackOption feedback = new FeedbackOption();
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        // Every setting is read and checked before the slow start, so a typo fails in milliseconds.
        int port = server.port(spec);
        var limits = server.limits(spec);
        var memory = conversations.build(spec);
        var llmSettings = llm.settings(spec);
        var opsSettings = ops.settings(spec);
        var webhooks = chatops.settings(spec);
        var indexSettings = index.settings(spec);
        Path catalogPath = readOnly && index.indexDir != null ? null : catalog.path();
        // A read-only replica writes nothing unless told where: feedback is then off (the page says it was not sent).
        Path feedbackFile = feedback.path(readOnly ? null : catalogPath);
        var settings = new ServerStartup.Settings(port, limits, memory, llmSettings, llm.promptFolder(), opsSettings,
                webhooks, indexSettings, catalogPath, index.dir(catalogPath), readOnly, feedbackFile);
        new ServerStartup(settings, out).run();
        return Main.SERVING;
    }
}
