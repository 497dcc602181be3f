package org.catalogchat.chatops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.catalogchat.core.ChatService;
import org.catalogchat.web.JsonBodies;
import org.catalogchat.web.ServerLimits;

/**
 * The chat-tool front doors (Slack, Mattermost, Teams) built from the command-line settings, as one extension
 * of the HTTP server. Each endpoint is off (503 "not configured") until its secret is set.
 *
 * <pre>{@code
 * var settings = new ChatWebhooks.Settings(slackConfig, Optional.of(mattermostToken), Optional.empty());
 * new HttpServer(chat, limits).with(ChatWebhooks.from(settings, chat, limits)).start(port);
 * }</pre>
 */
public final class ChatWebhooks {
    /**
     * What turns each endpoint on, as {@code app} reads it from the command line.
     *
     * @param slack           Slack's settings (an empty signing secret leaves Slack off)
     * @param mattermostToken the Mattermost token; empty leaves Mattermost off
     * @param teamsSecret     the Teams security token in base64; empty leaves Teams off
     */
    public record Settings(SlackConfig slack, Optional<String> mattermostToken, Optional<String> teamsSecret) {
        public Settings {
            java.util.Objects.requireNonNull(slack);
            mattermostToken = mattermostToken.filter(s -> !s.isBlank());
            teamsSecret = teamsSecret.filter(s -> !s.isBlank());
        }
    }

    /** Background answers (late slash commands, events) at once; more wait in the queue, beyond that 503. */
    static final int WORKERS = 4;
    static final int QUEUE = 100;
    /** Teams abandons an outgoing webhook after 5 s. */
    public static final Duration TEAMS_BUDGET = Duration.ofSeconds(4);

    private ChatWebhooks() {
    }

    public static Consumer<JavalinConfig> from(Settings settings, ChatService chat, ServerLimits limits) {
        return of(chat, settings.slack(), settings.mattermostToken().orElse(null), settings.teamsSecret().orElse(null),
                limits, workers(), Clock.systemUTC(), TEAMS_BUDGET);
    }

    /** The same from explicit settings (tests pass short budgets and their own clock). */
    public static Consumer<JavalinConfig> of(ChatService chat, SlackConfig slack, String mattermostToken,
                                             String teamsSecret, ServerLimits limits, ExecutorService workers,
                                             Clock clock, Duration teamsBudget) {
        ObjectMapper mapper = JsonBodies.newMapper();
        var api = new SlackWebApi(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), mapper, slack.apiUrl(), slack.botToken());
        var flow = new ChatFlow(chat, limits.maxQuestionChars());
        var slackRoutes = new SlackRoutes(flow, slack, api, workers, mapper, clock);
        var mattermost = new MattermostRoutes(flow, java.util.Optional.ofNullable(mattermostToken),
                slack.responseType(), mapper);
        var teams = new TeamsRoutes(flow, java.util.Optional.ofNullable(teamsSecret), mapper, workers, teamsBudget);
        return config -> {
            slackRoutes.register(config.routes);
            mattermost.register(config.routes);
            teams.register(config.routes);
        };
    }

    /** A bounded pool of daemon threads: a flood of events queues a little, then is refused, never unbounded. */
    public static ExecutorService workers() {
        var n = new AtomicInteger();
        var pool = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "chat-webhook-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true); // idle servers hold no threads
        return pool;
    }
}
