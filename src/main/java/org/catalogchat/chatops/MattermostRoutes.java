package org.catalogchat.chatops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.catalogchat.render.ChatMarkdown;
import org.catalogchat.web.ApiException;

/**
 * Mattermost's outgoing webhook and slash command, both at {@code POST /webhooks/mattermost}. Mattermost sends
 * the token it generated in the {@code token} field (slash commands also as {@code Authorization: Token …});
 * without a configured token the endpoint answers 503 {@code mattermost_not_configured}. Mattermost renders
 * standard Markdown; quoted text has its links and {@code @mentions} neutralised ({@link ChatMarkdown}).
 *
 * <pre>{@code
 * new MattermostRoutes(flow, Optional.of(token), "in_channel", mapper).register(config.routes);
 * }</pre>
 */
final class MattermostRoutes {
    private final ChatFlow flow;
    private final Optional<byte[]> token;
    private final String responseType;
    private final ObjectMapper mapper;
    private final ChatMarkdown markdown = new ChatMarkdown();
    private final ChatPlatform platform;

    /** @param responseType for slash commands: {@code in_channel} or {@code ephemeral} */
    MattermostRoutes(ChatFlow flow, Optional<String> token, String responseType, ObjectMapper mapper) {
        this.flow = flow;
        this.token = token.filter(t -> !t.isBlank()).map(t -> t.strip().getBytes(StandardCharsets.UTF_8));
        this.responseType = responseType;
        this.mapper = mapper;
        this.platform = new ChatPlatform("mattermost", "Mattermost",
                "set --mattermost-token, --mattermost-token-file or CATALOG_CHAT_MATTERMOST_TOKEN", this.token.isPresent(),
                this::precheck, this::verify, "invalid_token", "the Mattermost token is missing or wrong");
    }

    void register(RoutesConfig routes) {
        routes.post("/webhooks/mattermost", flow.route(platform, this::respond));
    }

    /** A slash command's header token is checked here already; an outgoing webhook's is in its body. */
    private String precheck(Context ctx) {
        String header = headerToken(ctx);
        if (header != null && !Hmac.equal(token.get(), header.getBytes(StandardCharsets.UTF_8))) return "wrong token";
        return null;
    }

    private String verify(Context ctx, byte[] raw) {
        return null; // the token is a body field: checked in respond, once the body is parsed
    }

    private static String headerToken(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Token ", 0, 6) ? header.substring(6).strip() : null;
    }

    void respond(Context ctx, byte[] raw) {
        Map<String, String> fields = fields(ctx, raw);
        String claimed = fields.getOrDefault("token", "");
        if (claimed.isEmpty() && headerToken(ctx) != null) claimed = headerToken(ctx);
        if (!Hmac.equal(token.get(), claimed.getBytes(StandardCharsets.UTF_8))) {
            org.slf4j.LoggerFactory.getLogger(MattermostRoutes.class).warn("rejected a Mattermost request from {}: {}",
                    ctx.ip(), claimed.isEmpty() ? "no token" : "wrong token");
            throw new ApiException(401, platform.rejectedCode(), platform.rejectedMessage());
        }
        boolean slash = fields.containsKey("command");
        String text = fields.getOrDefault("text", "").strip();
        String trigger = fields.getOrDefault("trigger_word", "");
        if (!slash && !trigger.isEmpty() && text.startsWith(trigger)) text = text.substring(trigger.length()).strip();
        String conversation = "mattermost:" + fields.getOrDefault("team_id", "") + ":"
                + fields.getOrDefault("channel_id", "") + ":" + fields.getOrDefault("user_id", "");
        ChatFlow.Reply reply = flow.reply(new ChatFlow.Ask(text, conversation, slash ? fields.get("command") : trigger));
        var out = new LinkedHashMap<String, Object>();
        // slash commands: in_channel or ephemeral; outgoing webhooks: "comment" replies in the post's thread
        out.put("response_type", slash ? responseType : fields.containsKey("post_id") ? "comment" : "post");
        out.put("text", reply.markdown(markdown));
        ctx.json(out);
    }

    private Map<String, String> fields(Context ctx, byte[] raw) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode node = ChatFlow.jsonObject(mapper, raw);
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
