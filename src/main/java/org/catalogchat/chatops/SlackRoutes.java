package org.catalogchat.chatops;

import org.catalogchat.render.Mrkdwn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.catalogchat.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's slash command ({@code POST /slack/commands}) and Events API ({@code POST /slack/events}). Every
 * request is checked against the signing secret before anything else is read; without a secret both
 * endpoints answer 503 {@code slack_not_configured}.
 *
 * <pre>{@code
 * new SlackRoutes(chat, config, webApi, workers, mapper, Clock.systemUTC(), 2000).register(javalinConfig.routes);
 * }</pre>
 */
final class SlackRoutes {
    private static final Logger log = LoggerFactory.getLogger(SlackRoutes.class);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern LABELLED_LINK = Pattern.compile("<((?:https?|mailto):[^|>]*)\\|([^>]*)>");
    private static final Pattern BARE_LINK = Pattern.compile("<((?:https?|mailto):[^|>]*)>");

    private final ChatFlow flow;
    private final SlackConfig config;
    private final SlackWebApi api;
    private final Executor workers;
    private final ObjectMapper mapper;
    private final SlackSigner signer;
    private final RecentIds seenEvents;
    private final SlackBlocks blocks = new SlackBlocks(new Mrkdwn());

    SlackRoutes(ChatFlow flow, SlackConfig config, SlackWebApi api, Executor workers, ObjectMapper mapper, Clock clock) {
        this.flow = flow;
        this.config = config;
        this.api = api;
        this.workers = workers;
        this.mapper = mapper;
        this.signer = config.signingSecret().map(s -> new SlackSigner(s, clock)).orElse(null);
        this.seenEvents = new RecentIds(10_000, java.time.Duration.ofHours(1), clock);
    }

    void register(RoutesConfig routes) {
        var platform = new ChatPlatform("slack", "Slack",
                "set --slack-signing-secret, --slack-signing-secret-file or CATALOG_CHAT_SLACK_SIGNING_SECRET", signer != null,
                this::precheck, this::verify, "invalid_signature", "the Slack request signature is missing, stale or wrong");
        routes.post("/slack/commands", flow.route(platform, this::command));
        routes.post("/slack/events", flow.route(platform, this::event));
    }

    private String precheck(Context ctx) {
        SlackSigner.Check c = signer.precheck(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"));
        return c.ok() ? null : c.reason();
    }

    private String verify(Context ctx, byte[] raw) {
        SlackSigner.Check c = signer.verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), raw);
        return c.ok() ? null : c.reason();
    }

    void command(Context ctx, byte[] raw) {
        FormBody form = FormBody.parse(raw);
        String conversation = "slack:" + form.get("team_id").orElse("") + ":" + form.get("channel_id").orElse("")
                + ":" + form.get("user_id").orElse("");
        var ask = new ChatFlow.Ask(form.get("text").orElse(""), conversation, form.get("command").orElse("/datasets"));
        String notice = flow.notice(ask);
        if (notice != null) {
            ctx.json(withType(blocks.text(notice), "ephemeral"));
            return;
        }
        String responseUrl = form.get("response_url").orElse(null);

        // Whoever flips this first owns the answer: the handler (returns it) or the worker (POSTs it later).
        var claimed = new AtomicBoolean(false);
        var ready = new CompletableFuture<Map<String, Object>>();
        try {
            workers.execute(() -> {
                Map<String, Object> message = message(flow.safeReply(ask));
                if (claimed.compareAndSet(false, true)) {
                    ready.complete(message);
                } else if (responseUrl == null) {
                    log.warn("a slow slash command answer was dropped: the request had no response_url");
                } else {
                    api.respond(responseUrl, message);
                }
            });
        } catch (RejectedExecutionException e) {
            ctx.json(withType(blocks.text(ChatFlow.BUSY), "ephemeral"));
            return;
        }
        try {
            ctx.json(ready.get(config.ackBudget().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            if (claimed.compareAndSet(false, true)) {
                ctx.json(withType(blocks.text("Looking that up… the answer follows in a moment."), "ephemeral"));
            } else {
                ctx.json(ready.join()); // the worker finished in the instant between the timeout and here
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "the server is shutting down");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A reply as a slash command's message: an answer in the configured response type, a notice ephemeral. */
    private Map<String, Object> message(ChatFlow.Reply reply) {
        return reply.answer() != null ? withType(blocks.message(reply.answer()), config.responseType())
                : withType(blocks.text(reply.text()), "ephemeral");
    }

    private static Map<String, Object> withType(Map<String, Object> message, String responseType) {
        var m = new LinkedHashMap<String, Object>();
        m.put("response_type", responseType);
        m.putAll(message);
        return m;
    }

    void event(Context ctx, byte[] raw) {
        JsonNode body = ChatFlow.jsonObject(mapper, raw);
        String type = body.path("type").asText("");
        if (type.equals("url_verification")) {
            JsonNode challenge = body.get("challenge");
            if (challenge == null || !challenge.isTextual()) {
                throw new ApiException(400, "missing_challenge", "url_verification needs a challenge string");
            }
            ctx.json(Map.of("challenge", challenge.asText()));
            return;
        }
        if (!type.equals("event_callback")) {
            ctx.json(Map.of("ok", true, "ignored", "type " + type));
            return;
        }
        if (config.botToken().isEmpty()) {
            throw new ApiException(503, "slack_not_configured",
                    "Slack events need a bot token to answer with: set --slack-bot-token, --slack-bot-token-file or CATALOG_CHAT_SLACK_BOT_TOKEN");
        }
        JsonNode event = body.path("event");
        String reason = ignoreReason(event);
        if (reason != null) {
            ctx.json(Map.of("ok", true, "ignored", reason));
            return;
        }
        String eventId = body.path("event_id").asText("");
        if (!eventId.isEmpty() && !seenEvents.firstSighting(eventId)) {
            log.info("Slack event {} already answered (retry {})", org.catalogchat.catalog.LogText.safe(eventId, 100),
                    org.catalogchat.catalog.LogText.safe(String.valueOf(ctx.header("X-Slack-Retry-Num")), 20));
            ctx.json(Map.of("ok", true, "ignored", "duplicate event"));
            return;
        }
        String channel = event.path("channel").asText();
        String threadTs = event.hasNonNull("thread_ts") ? event.get("thread_ts").asText() : event.path("ts").asText(null);
        String question = questionText(event.path("text").asText(""));
        String conversation = "slack:" + body.path("team_id").asText("") + ":" + channel + ":" + threadTs;
        try {
            workers.execute(() -> api.postMessage(channel, threadTs, eventReply(question, conversation)));
        } catch (RejectedExecutionException e) {
            seenEvents.forget(eventId); // let Slack's retry find room later
            throw new ApiException(503, "busy", "too many questions in flight; retry later");
        }
        ctx.json(Map.of("ok", true));
    }

    private Map<String, Object> eventReply(String question, String conversation) {
        ChatFlow.Reply reply = flow.safeReply(new ChatFlow.Ask(question, conversation, "@bot"));
        return reply.answer() != null ? blocks.message(reply.answer()) : blocks.text(reply.text());
    }

    /** Null when the event is one to answer; else why not (bots answering bots would loop forever). */
    static String ignoreReason(JsonNode event) {
        if (!event.isObject()) return "no event";
        if (event.hasNonNull("bot_id")) return "bot message";
        if (event.hasNonNull("subtype")) return "message subtype " + event.get("subtype").asText();
        String type = event.path("type").asText("");
        if (type.equals("app_mention")) return null;
        if (type.equals("message") && event.path("channel_type").asText("").equals("im")) return null;
        return "event type " + type;
    }

    /** Slack's encoded message text as the question the user typed: mentions dropped, links and entities undone. */
    static String questionText(String slackText) {
        String s = MENTION.matcher(slackText).replaceAll(" ");
        s = LABELLED_LINK.matcher(s).replaceAll("$2");
        s = BARE_LINK.matcher(s).replaceAll("$1");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return s.strip().replaceAll("\\s+", " ");
    }
}
