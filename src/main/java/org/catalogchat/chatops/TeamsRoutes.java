package org.catalogchat.chatops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.catalogchat.render.ChatMarkdown;

/**
 * A Microsoft Teams outgoing webhook at {@code POST /webhooks/teams}. Teams signs each request with
 * {@code Authorization: HMAC <base64 HMAC-SHA256(key = base64-decoded security token, message = raw body)>};
 * the reply is {@code {"type": "message", "text": markdown}}. Without a configured token the endpoint answers
 * 503 {@code teams_not_configured}.
 *
 * <pre>{@code
 * new TeamsRoutes(flow, Optional.of(base64Token), mapper, workers, Duration.ofSeconds(4)).register(config.routes);
 * }</pre>
 */
final class TeamsRoutes {
    private static final Pattern AT_MENTION = Pattern.compile("<at>.*?</at>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    /** "HMAC " and the base64 of a 32-byte SHA-256 MAC. */
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)HMAC [A-Za-z0-9+/]{43}=");

    private final ChatFlow flow;
    private final Optional<byte[]> key;
    private final ObjectMapper mapper;
    private final Executor workers;
    private final Duration budget;
    private final ChatMarkdown markdown = new ChatMarkdown();
    private final ChatPlatform platform;

    /**
     * @param budget how long to wait for an answer: Teams gives up after 5 s and has no way to deliver later
     * @throws IllegalArgumentException when the security token is not base64 (as Teams shows it) */
    TeamsRoutes(ChatFlow flow, Optional<String> securityToken, ObjectMapper mapper, Executor workers, Duration budget) {
        this.flow = flow;
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
        this.workers = workers;
        this.budget = budget;
        this.platform = new ChatPlatform("teams", "Teams",
                "set --teams-hmac-secret, --teams-hmac-secret-file or CATALOG_CHAT_TEAMS_HMAC_SECRET", key.isPresent(),
                this::precheck, this::verify, "invalid_signature", "the Teams HMAC signature is missing or wrong");
    }

    void register(RoutesConfig routes) {
        routes.post("/webhooks/teams", flow.route(platform, this::respond));
    }

    private String precheck(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "HMAC ", 0, 5)) return "no HMAC Authorization header";
        return AUTHORIZATION.matcher(authorization.strip()).matches() ? null : "the HMAC is not a base64 SHA-256";
    }

    private String verify(Context ctx, byte[] raw) {
        byte[] claimed = Base64.getDecoder().decode(ctx.header("Authorization").strip().substring(5).strip());
        return Hmac.equal(Hmac.sha256(key.get(), raw), claimed) ? null : "HMAC mismatch";
    }

    void respond(Context ctx, byte[] raw) {
        JsonNode activity = ChatFlow.jsonObject(mapper, raw);
        String conversation = "teams:" + activity.path("conversation").path("id").asText("") + ":"
                + activity.path("from").path("id").asText("");
        var ask = new ChatFlow.Ask(questionText(activity.path("text").asText("")), conversation, "@bot");
        ChatFlow.Reply reply = ask.question().isEmpty() ? flow.reply(ask)
                : flow.replyWithin(ask, workers, budget, "That is taking longer than Teams waits for; please ask again in a moment.");
        ctx.json(Map.of("type", "message", "text", reply.markdown(markdown)));
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
