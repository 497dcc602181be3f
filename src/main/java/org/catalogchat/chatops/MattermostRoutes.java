package org.catalogchat.chatops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catalogchat.core.ChatService;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Source;
import org.catalogchat.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mattermost's outgoing webhook and slash command, both at {@code POST /webhooks/mattermost}. Mattermost sends
 * the token it generated in the {@code token} field (slash commands also as {@code Authorization: Token …});
 * without a configured token the endpoint answers 503 {@code mattermost_not_configured}. Mattermost renders
 * standard Markdown, so the answer goes back as is.
 *
 * <pre>{@code
 * new MattermostRoutes(chat, Optional.of(token), "in_channel", mapper, 2000).register(config.routes);
 * }</pre>
 */
public final class MattermostRoutes {
    private static final Logger log = LoggerFactory.getLogger(MattermostRoutes.class);

    private final ChatService chat;
    private final Optional<byte[]> token;
    private final String responseType;
    private final ObjectMapper mapper;
    private final int maxQuestionChars;

    /** @param responseType for slash commands: {@code in_channel} or {@code ephemeral} */
    public MattermostRoutes(ChatService chat, Optional<String> token, String responseType, ObjectMapper mapper,
                            int maxQuestionChars) {
        this.chat = chat;
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
        this.responseType = responseType;
        this.mapper = mapper;
        this.maxQuestionChars = maxQuestionChars;
    }

    public void register(RoutesConfig routes) {
        routes.post("/webhooks/mattermost", this::handle);
    }

    void handle(Context ctx) {
        if (token.isEmpty()) {
            throw new ApiException(503, "mattermost_not_configured",
                    "Mattermost is not configured on this server: set --mattermost-token or CATALOG_CHAT_MATTERMOST_TOKEN");
        }
        byte[] raw = org.catalogchat.web.JsonBodies.rawBody(ctx);
        Map<String, String> fields = fields(ctx, raw);
        String claimed = fields.getOrDefault("token", "");
        String header = ctx.header("Authorization");
        if (claimed.isEmpty() && header != null && header.regionMatches(true, 0, "Token ", 0, 6)) {
            claimed = header.substring(6).strip();
        }
        if (!Hmac.equal(token.get(), claimed.getBytes(StandardCharsets.UTF_8))) {
            log.warn("rejected a Mattermost request from {}: {}", ctx.ip(), claimed.isEmpty() ? "no token" : "wrong token");
            throw new ApiException(401, "invalid_token", "the Mattermost token is missing or wrong");
        }
        boolean slash = fields.containsKey("command");
        String text = fields.getOrDefault("text", "").strip();
        String trigger = fields.getOrDefault("trigger_word", "");
        if (!slash && !trigger.isEmpty() && text.startsWith(trigger)) text = text.substring(trigger.length()).strip();

        String reply;
        if (text.isEmpty()) {
            reply = HelpText.markdown(slash ? fields.get("command") : trigger, chat.engine().catalog().size());
        } else if (text.codePointCount(0, text.length()) > maxQuestionChars) {
            reply = "That question is longer than " + maxQuestionChars + " characters; please shorten it.";
        } else {
            String conversation = "mattermost:" + fields.getOrDefault("team_id", "") + ":"
                    + fields.getOrDefault("channel_id", "") + ":" + fields.getOrDefault("user_id", "");
            reply = markdown(chat.ask(text, conversation).answer());
        }
        var out = new LinkedHashMap<String, Object>();
        // slash commands: in_channel or ephemeral; outgoing webhooks: "comment" replies in the post's thread
        out.put("response_type", slash ? responseType : fields.containsKey("post_id") ? "comment" : "post");
        out.put("text", reply);
        ctx.json(out);
    }

    /** The answer with its suggestions appended, labelled, since Mattermost has no separate place for them. */
    static String markdown(Answer a) {
        if (a.suggestions().isEmpty()) return a.markdown();
        var sb = new StringBuilder(a.markdown()).append("\n\n")
                .append(a.language() == Language.ZH ? "**你是否在找：**" : "**Did you mean:**");
        for (Source s : a.suggestions()) {
            sb.append("\n- ").append(s.url().isBlank() ? s.name() : "[" + s.name() + "](" + s.url() + ")");
        }
        return sb.toString();
    }

    private Map<String, String> fields(Context ctx, byte[] raw) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode node;
            try {
                node = mapper.readTree(raw);
            } catch (IOException e) {
                throw new ApiException(400, "invalid_json", "the body is not valid JSON");
            }
            if (node == null || !node.isObject()) throw new ApiException(400, "invalid_json", "the body must be a JSON object");
            var map = new LinkedHashMap<String, String>();
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) map.put(e.getKey(), e.getValue().asText());
            });
            return map;
        }
        if (type.startsWith("application/x-www-form-urlencoded") || type.isEmpty()) return FormBody.parse(raw).fields();
        throw new ApiException(415, "unsupported_media_type",
                "send the webhook as application/x-www-form-urlencoded or application/json");
    }
}
