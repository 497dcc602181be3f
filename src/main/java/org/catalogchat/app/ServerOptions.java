package org.catalogchat.app;

import org.catalogchat.web.ServerLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The port and the request limits every front door applies. */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 7070)")
    Integer port;
    @Option(names = "--max-body-bytes", paramLabel = "N",
            description = "largest request body accepted, in bytes (default 65536)")
    Long maxBodyBytes;
    @Option(names = "--max-question-chars", paramLabel = "N",
            description = "longest question accepted, in characters (default 2000)")
    Integer maxQuestionChars;

    int port(CommandSpec spec) {
        return Ranges.check(spec, "--port", port, 7070, 0, 65535);
    }

    ServerLimits limits(CommandSpec spec) {
        return new ServerLimits(
                Ranges.check(spec, "--max-body-bytes", maxBodyBytes, ServerLimits.DEFAULT.maxBodyBytes(), 256, 1L << 30),
                Ranges.check(spec, "--max-question-chars", maxQuestionChars, ServerLimits.DEFAULT.maxQuestionChars(),
                        1, 1_000_000));
    }
}
