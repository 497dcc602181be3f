package org.catalogchat.chatops;

import org.catalogchat.render.Mrkdwn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
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
import org.catalogchat.core.ChatService;
import org.catalogchat.answer.Answer;
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
public final class SlackRoutes {
    private static final Logger log = LoggerFactory.getLogger(SlackRoutes.class);
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern LABELLED_LINK = Pattern.compile("<((?:https?|mailto):[^|>]*)\\|([^>]*)>");
    private static final Pattern BARE_LINK = Pattern.compile("<((?:https?|mailto):[^|>]*)>");

    private final ChatService chat;
    private final SlackConfig config;
    private final SlackWebApi api;
    private final Executor workers;
    private final ObjectMapper mapper;
    private final SlackSigner signer;
    private final RecentIds seenEvents;
    private final SlackBlocks blocks = new SlackBlocks(new Mrkdwn());
    private final int maxQuestionChars;

    public SlackRoutes(ChatService chat, SlackConfig config, SlackWebApi api, Executor workers, ObjectMapper mapper,
                       Clock clock, int maxQuestionChars) {
        this.chat = chat;
        this.config = config;
        this.api = api;
        this.workers = workers;
        this.mapper = mapper;
        this.signer = config.signingSecret().map(s -> new SlackSigner(s, clock)).orElse(null);
        this.seenEvents = new RecentIds(10_000, java.time.Duration.ofHours(1), clock);
        this.maxQuestionChars = maxQuestionChars;
    }

    public void register(RoutesConfig routes) {
        routes.post("/slack/commands", this::command);
        routes.post("/slack/events", this::event);
    }

    void command(Context ctx) {
        byte[] raw = verified(ctx);
        FormBody form = FormBody.parse(raw);
        String text = form.get("text").orElse("").strip();
        if (text.isEmpty()) {
            ctx.json(withType(blocks.text(HelpText.markdown(form.get("command").orElse("/datasets"),
                    chat.engine().catalog().size())), "ephemeral"));
            return;
        }
        if (text.codePointCount(0, text.length()) > maxQuestionChars) {
            ctx.json(withType(blocks.text("That question is longer than " + maxQuestionChars
                    + " characters; please shorten it."), "ephemeral"));
            return;
        }
        String conversation = "slack:" + form.get("team_id").orElse("") + ":" + form.get("channel_id").orElse("")
                + ":" + form.get("user_id").orElse("");
        String responseUrl = form.get("response_url").orElse(null);

        // Whoever flips this first owns the answer: the handler (returns it) or the worker (POSTs it later).
        var claimed = new AtomicBoolean(false);
        var ready = new CompletableFuture<Map<String, Object>>();
        try {
            workers.execute(() -> {
                Map<String, Object> message = answerMessage(text, conversation);
                if (claimed.compareAndSet(false, true)) {
                    ready.complete(message);
                } else if (responseUrl == null) {
                    log.warn("a slow slash command answer was dropped: the request had no response_url");
                } else {
                    api.respond(responseUrl, message);
                }
            });
        } catch (RejectedExecutionException e) {
            ctx.json(withType(blocks.text("I am answering too many questions right now; please try again in a moment."),
                    "ephemeral"));
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

    private Map<String, Object> answerMessage(String question, String conversation) {
        try {
            Answer answer = chat.ask(question, conversation).answer();
            return withType(blocks.message(answer), config.responseType());
        } catch (RuntimeException e) {
            log.error("answering a Slack question failed", e);
            return withType(blocks.text("Sorry, answering failed; the error is logged."), "ephemeral");
        }
    }

    private static Map<String, Object> withType(Map<String, Object> message, String responseType) {
        var m = new LinkedHashMap<String, Object>();
        m.put("response_type", responseType);
        m.putAll(message);
        return m;
    }

    void event(Context ctx) {
        byte[] raw = verified(ctx);
        JsonNode body;
        try {
            body = mapper.readTree(raw);
        } catch (IOException e) {
            throw new ApiException(400, "invalid_json", "the body is not valid JSON");
        }
        if (body == null || !body.isObject()) throw new ApiException(400, "invalid_json", "the body must be a JSON object");
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
                    "Slack events need a bot token to answer with: set --slack-bot-token or CATALOG_CHAT_SLACK_BOT_TOKEN");
        }
        JsonNode event = body.path("event");
        String reason = ignoreReason(event);
        if (reason != null) {
            ctx.json(Map.of("ok", true, "ignored", reason));
            return;
        }
        String eventId = body.path("event_id").asText("");
        if (!eventId.isEmpty() && !seenEvents.firstSighting(eventId)) {
            log.info("Slack event {} already answered (retry {})", eventId, ctx.header("X-Slack-Retry-Num"));
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
        if (question.isEmpty()) return blocks.text(HelpText.markdown("@bot", chat.engine().catalog().size()));
        if (question.codePointCount(0, question.length()) > maxQuestionChars) {
            return blocks.text("That question is longer than " + maxQuestionChars + " characters; please shorten it.");
        }
        try {
            return blocks.message(chat.ask(question, conversation).answer());
        } catch (RuntimeException e) {
            log.error("answering a Slack event failed", e);
            return blocks.text("Sorry, answering failed; the error is logged.");
        }
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

    /** The raw body, once its signature holds; a 503 when Slack is off, a 401 (logged without the body) when not. */
    private byte[] verified(Context ctx) {
        if (signer == null) {
            throw new ApiException(503, "slack_not_configured",
                    "Slack is not configured on this server: set --slack-signing-secret or CATALOG_CHAT_SLACK_SIGNING_SECRET");
        }
        byte[] raw = org.catalogchat.web.JsonBodies.rawBody(ctx);
        SlackSigner.Check check = signer.verify(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"), raw);
        if (!check.ok()) {
            log.warn("rejected a Slack request to {} from {}: {}", ctx.path(), ctx.ip(), check.reason());
            throw new ApiException(401, "invalid_signature", "the Slack request signature is missing, stale or wrong");
        }
        return raw;
    }
}
