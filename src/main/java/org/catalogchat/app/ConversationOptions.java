package org.catalogchat.app;

import java.time.Clock;
import java.time.Duration;
import org.catalogchat.answer.Conversations;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How much conversation memory the server keeps. */
final class ConversationOptions {
    @Option(names = "--conversation-turns", paramLabel = "N", description = "turns remembered per conversation (default 6)")
    Integer turns;
    @Option(names = "--max-conversations", paramLabel = "N",
            description = "conversations remembered at once (default 10000)")
    Integer maxConversations;
    @Option(names = "--conversation-ttl-minutes", paramLabel = "N",
            description = "minutes an idle conversation is kept (default 60)")
    Integer ttlMinutes;

    Conversations build(CommandSpec spec) {
        return new Conversations(Ranges.check(spec, "--conversation-turns", turns, 6, 1, 100),
                Ranges.check(spec, "--max-conversations", maxConversations, 10_000, 1, 10_000_000),
                Duration.ofMinutes(Ranges.check(spec, "--conversation-ttl-minutes", ttlMinutes, 60, 1, 60 * 24 * 30)),
                Clock.systemUTC());
    }
}
