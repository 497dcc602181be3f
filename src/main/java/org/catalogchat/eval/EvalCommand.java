package org.catalogchat.eval;

import java.io.PrintStream;
import java.util.List;
import org.catalogchat.cli.Options;

/** Placeholder until the evaluation harness lands. */
public final class EvalCommand {
    private EvalCommand() {
    }

    public static int run(Options options, List<String> positional, PrintStream out, PrintStream err) {
        err.println("error: eval is not built yet");
        return 2;
    }
}
