package org.catalogchat.chatops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.catalogchat.core.ChatService;
import org.catalogchat.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Microsoft Teams outgoing webhook at {@code POST /webhooks/teams}. Teams signs each request with
 * {@code Authorization: HMAC <base64 HMAC-SHA256(key = base64-decoded security token, message = raw body)>};
 * the reply is {@code {"type": "message", "text": markdown}}. Without a configured token the endpoint answers
 * 503 {@code teams_not_configured}.
 *
 * <pre>{@code
 * new TeamsRoutes(chat, Optional.of(base64Token), mapper, 2000, workers, Duration.ofSeconds(4)).register(config.routes);
 * }</pre>
 */
public final class TeamsRoutes {
    private static final Logger log = LoggerFactory.getLogger(TeamsRoutes.class);
    private static final Pattern AT_MENTION = Pattern.compile("<at>.*?</at>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final ChatService chat;
    private final Optional<byte[]> key;
    private final ObjectMapper mapper;
    private final int maxQuestionChars;
    private final Executor workers;
    private final Duration budget;

    /**
     * @param budget how long to wait for an answer: Teams gives up after 5 s and has no way to deliver later
     * @throws IllegalArgumentException when the security token is not base64 (as Teams shows it) */
    public TeamsRoutes(ChatService chat, Optional<String> securityToken, ObjectMapper mapper, int maxQuestionChars,
                       Executor workers, Duration budget) {
        this.chat = chat;
        this.key = securityToken.filter(t -> !t.isBlank()).map(t -> {
            try {
                byte[] k = Base64.getDecoder().decode(t.strip());
                if (k.length == 0) throw new IllegalArgumentException("empty");
                return k;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--teams-hmac-secret must be the base64 security token Teams showed");
            }
        });
        this.mapper = mapper;
        this.maxQuestionChars = maxQuestionChars;
        this.workers = workers;
        this.budget = budget;
    }

    public void register(RoutesConfig routes) {
        routes.post("/webhooks/teams", this::handle);
    }

    void handle(Context ctx) {
        if (key.isEmpty()) {
            throw new ApiException(503, "teams_not_configured",
                    "Teams is not configured on this server: set --teams-hmac-secret or CATALOG_CHAT_TEAMS_HMAC_SECRET");
        }
        byte[] raw = org.catalogchat.web.JsonBodies.rawBody(ctx);
        String reason = check(ctx.header("Authorization"), raw);
        if (reason != null) {
            log.warn("rejected a Teams request from {}: {}", ctx.ip(), reason);
            throw new ApiException(401, "invalid_signature", "the Teams HMAC signature is missing or wrong");
        }
        JsonNode activity;
        try {
            activity = mapper.readTree(raw);
        } catch (IOException e) {
            throw new ApiException(400, "invalid_json", "the body is not valid JSON");
        }
        if (activity == null || !activity.isObject()) throw new ApiException(400, "invalid_json", "the body must be a JSON object");
        String text = questionText(activity.path("text").asText(""));
        String reply;
        if (text.isEmpty()) {
            reply = HelpText.markdown("@bot", chat.engine().catalog().size());
        } else if (text.codePointCount(0, text.length()) > maxQuestionChars) {
            reply = "That question is longer than " + maxQuestionChars + " characters; please shorten it.";
        } else {
            String conversation = "teams:" + activity.path("conversation").path("id").asText("") + ":"
                    + activity.path("from").path("id").asText("");
            reply = answerInTime(text, conversation);
        }
        ctx.json(Map.of("type", "message", "text", reply));
    }

    private String answerInTime(String question, String conversation) {
        CompletableFuture<String> answer;
        try {
            answer = CompletableFuture.supplyAsync(
                    () -> MattermostRoutes.markdown(chat.ask(question, conversation).answer()), workers);
        } catch (RejectedExecutionException e) {
            return "I am answering too many questions right now; please try again in a moment.";
        }
        try {
            return answer.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("a Teams answer took longer than {} ms; Teams stops waiting at 5 s", budget.toMillis());
            return "That is taking longer than Teams waits for; please ask again in a moment.";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "the server is shutting down");
        } catch (ExecutionException e) {
            log.error("answering a Teams question failed", e.getCause());
            return "Sorry, answering failed; the error is logged.";
        }
    }

    private String check(String authorization, byte[] raw) {
        if (authorization == null || !authorization.regionMatches(true, 0, "HMAC ", 0, 5)) {
            return "no HMAC Authorization header";
        }
        byte[] claimed;
        try {
            claimed = Base64.getDecoder().decode(authorization.substring(5).strip());
        } catch (IllegalArgumentException e) {
            return "the HMAC is not base64";
        }
        return Hmac.equal(Hmac.sha256(key.get(), raw), claimed) ? null : "HMAC mismatch";
    }

    /** Teams sends HTML: {@code <at>Bot</at> who released <b>X</b>?} becomes "who released X?". */
    static String questionText(String html) {
        String s = AT_MENTION.matcher(html).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return s.strip().replaceAll("\\s+", " ");
    }
}
