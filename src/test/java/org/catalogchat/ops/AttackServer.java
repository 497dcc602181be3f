package org.catalogchat.ops;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.chatops.ChatWebhooks;
import org.catalogchat.chatops.SlackConfig;
import org.catalogchat.core.ChatService;
import org.catalogchat.testing.WordHashEmbeddingModel;
import org.catalogchat.openai.OpenAiRoutes;
import org.catalogchat.web.ChatPage;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;

/**
 * Every front door wired as Main.serve wires it (operations, web chat, OpenAI, Slack, Mattermost, Teams all
 * configured), on a free port, plus raw-socket helpers for requests no HTTP client will send.
 */
final class AttackServer implements AutoCloseable {
    static final String SLACK_SECRET = "slack-secret";
    static final String MM_TOKEN = "mm-token";
    static final String TEAMS_SECRET = Base64.getEncoder().encodeToString("teams key".getBytes(StandardCharsets.UTF_8));

    final Javalin app;
    final ChatService chat;

    AttackServer(OpsSettings settings) {
        this(settings, OpsFixture.small());
    }

    AttackServer(OpsSettings settings, org.catalogchat.core.Engine engine) {
        var ops = new Operations(settings.withWatch(false, Duration.ofMillis(100)), e -> e);
        chat = new ChatService(ops.prepare(engine), new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
        var limits = ServerLimits.DEFAULT;
        var server = new HttpServer(chat, limits);
        var slack = new SlackConfig(Optional.of(SLACK_SECRET), Optional.of("xoxb-test"), "http://127.0.0.1:9", "ephemeral",
                SlackConfig.DEFAULT_ACK_BUDGET);
        server.with(ChatPage.extension(server, chat, limits))
                .with(new OpenAiRoutes(chat, limits, server.streams())::register)
                .with(ChatWebhooks.of(chat, slack, MM_TOKEN, TEAMS_SECRET, limits, ChatWebhooks.workers(), Clock.systemUTC(),
                        ChatWebhooks.TEAMS_BUDGET));
        // No attack reloads; the folder and model are the small fixture's so nothing here reads seeds/ or loads MiniLM.
        app = ops.install(server, chat, OpsFixture.smallDir(), Glossary.bundled(), new WordHashEmbeddingModel()).start(0);
    }

    int port() {
        return app.port();
    }

    /** Headers that pass each webhook's cheap checks (right shape, fresh), so the body is what is tested. */
    static String plausibleAuth(String path) {
        if (path.startsWith("/slack")) {
            return "X-Slack-Request-Timestamp: " + (System.currentTimeMillis() / 1000) + "\r\nX-Slack-Signature: v0="
                    + "0".repeat(64) + "\r\n";
        }
        if (path.startsWith("/webhooks/teams")) return "Authorization: HMAC " + "A".repeat(43) + "=\r\n";
        return "";
    }

    static String contentType(String path) {
        return path.startsWith("/slack") || path.startsWith("/webhooks/mattermost")
                ? "application/x-www-form-urlencoded" : "application/json";
    }

    /** Opens a connection from {@code from} (a loopback address) to the server. */
    Socket connect(String from) throws IOException {
        var s = new Socket();
        s.bind(new InetSocketAddress(from, 0));
        s.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
        return s;
    }

    /** Sends {@code raw}, half-closes, and reads the whole response (up to {@code timeoutMs}). */
    String exchange(String raw, int timeoutMs) throws IOException {
        try (Socket s = connect("127.0.0.1")) {
            s.setSoTimeout(timeoutMs);
            s.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            s.shutdownOutput();
            return readAll(s.getInputStream());
        }
    }

    static String readAll(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) out.write(buf, 0, n);
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived so far is the answer
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}
