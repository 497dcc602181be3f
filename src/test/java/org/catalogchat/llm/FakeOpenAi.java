package org.catalogchat.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Test fixture: a local OpenAI-compatible chat server (JDK HttpServer on a free port) serving
 * {@code POST /v1/chat/completions} as plain JSON or, when the request says {@code "stream": true}, as
 * {@code data:} chunks. Each request is recorded; what it answers is up to the test.
 */
public final class FakeOpenAi implements AutoCloseable {
    /** What the fake answers: a reply text, or an HTTP error status, after an optional delay. */
    public record Reply(String text, int status, long delayMillis) {
        public static Reply text(String text) {
            return new Reply(text, 200, 0);
        }

        public static Reply status(int status) {
            return new Reply("", status, 0);
        }

        public Reply delayed(long millis) {
            return new Reply(text, status, millis);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, Reply> responder = r -> Reply.text("");

    public FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public FakeOpenAi respond(Function<JsonNode, Reply> responder) {
        this.responder = responder;
        return this;
    }

    public List<JsonNode> requests() {
        return requests;
    }

    /** The concatenated message contents of a recorded request. */
    public static String prompt(JsonNode request) {
        var sb = new StringBuilder();
        for (JsonNode m : request.path("messages")) sb.append(m.path("role").asText()).append(": ").append(m.path("content").asText()).append('\n');
        return sb.toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            JsonNode request = mapper.readTree(ex.getRequestBody().readAllBytes());
            requests.add(request);
            Reply reply = responder.apply(request);
            if (reply.delayMillis() > 0) Thread.sleep(reply.delayMillis());
            if (reply.status() != 200) {
                byte[] body = ("{\"error\":{\"message\":\"fake error " + reply.status() + "\",\"type\":\"server_error\",\"param\":null,\"code\":null}}")
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(reply.status(), body.length);
                ex.getResponseBody().write(body);
                return;
            }
            if (request.path("stream").asBoolean(false)) {
                stream(ex, reply.text());
            } else {
                ObjectNode body = mapper.createObjectNode();
                body.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 1).put("model", "fake");
                ObjectNode choice = body.putArray("choices").addObject();
                choice.put("index", 0).put("finish_reason", "stop");
                choice.putObject("message").put("role", "assistant").put("content", reply.text());
                body.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
                byte[] bytes = mapper.writeValueAsBytes(body);
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, bytes.length);
                ex.getResponseBody().write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        }
    }

    private void stream(HttpExchange ex, String text) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        for (int i = 0; i < text.length(); i += 7) {
            chunk(out, text.substring(i, Math.min(text.length(), i + 7)), null);
        }
        chunk(out, null, "stop");
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void chunk(OutputStream out, String content, String finish) throws IOException {
        ObjectNode c = mapper.createObjectNode();
        c.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake");
        ObjectNode choice = c.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (content != null) delta.put("content", content);
        if (finish == null) choice.putNull("finish_reason"); else choice.put("finish_reason", finish);
        out.write(("data: " + mapper.writeValueAsString(c) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
