package org.catalogchat.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Unavailable;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.catalogchat.answer.Source;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.web.ApiException;
import org.catalogchat.web.JsonBodies;
import org.catalogchat.web.ServerLimits;
import org.catalogchat.web.SseStream;
import org.catalogchat.web.SseStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OpenAI-compatible front door, so existing OpenAI clients and chat front ends can use the bot:
 * {@code POST /v1/chat/completions} (plain or {@code "stream": true}) and {@code GET /v1/models}. The last
 * user message is the question and the messages before it are the conversation; whichever answerer is
 * active answers, and the sources appear as footnotes in the message text. Errors use OpenAI's shape
 * {@code {"error": {"message", "type", "param", "code"}}}.
 *
 * <pre>{@code
 * new HttpServer(chat, limits).with(new OpenAiRoutes(chat, limits)::register).start(7070);
 * // curl localhost:7070/v1/chat/completions -H 'Content-Type: application/json' \
 * //   -d '{"model":"catalog-chat","messages":[{"role":"user","content":"Who released WuDaoMM?"}]}'
 * }</pre>
 */
public final class OpenAiRoutes {
    /** The one model id this server offers. */
    public static final String MODEL = "catalog-chat";
    private static final Logger log = LoggerFactory.getLogger(OpenAiRoutes.class);
    private static final long CREATED = 1_735_689_600L; // 2025-01-01, a fixed "created" for the model listing
    private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant", "tool", "function");
    private static final int MAX_MESSAGES = 200;

    private final ChatService chat;
    private final JsonBodies bodies;
    private final ServerLimits limits;
    private final ObjectMapper mapper = JsonBodies.newMapper();

    private final SseStreams streams;

    public OpenAiRoutes(ChatService chat, ServerLimits limits) {
        this(chat, limits, new SseStreams(SseStreams.Limits.DEFAULT));
    }

    /** @param streams the server's streams ({@code HttpServer.streams()}), so both streaming APIs share the limits */
    public OpenAiRoutes(ChatService chat, ServerLimits limits, SseStreams streams) {
        this.chat = chat;
        this.limits = limits;
        this.bodies = new JsonBodies(mapper, limits);
        this.streams = streams;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/v1/chat/completions", ctx -> guarded(ctx, this::completions));
        config.routes.get("/v1/models", ctx -> guarded(ctx, this::models));
        config.routes.get("/v1/models/{id}", ctx -> guarded(ctx, this::model));
    }

    private interface Handler {
        void handle(Context ctx) throws IOException;
    }

    /** Every failure leaves in OpenAI's error shape, which OpenAI clients parse into their own exceptions. */
    private void guarded(Context ctx, Handler h) {
        try {
            h.handle(ctx);
        } catch (InvalidRequest e) {
            error(ctx, 400, e.getMessage(), "invalid_request", e.param);
        } catch (ApiException e) {
            error(ctx, e.status(), e.getMessage(), e.code(), null);
        } catch (Unavailable e) {
            error(ctx, 503, e.getMessage(), e.code(), null);
        } catch (io.javalin.http.HttpResponseException e) {
            error(ctx, e.getStatus(), e.getMessage(), "http_" + e.getStatus(), null);
        } catch (IOException | UncheckedIOException e) {
            log.info("client went away during {}: {}", org.catalogchat.catalog.LogText.safe(ctx.path(), 200), e.getMessage());
        } catch (RuntimeException e) {
            log.error("unhandled error on {} {}", ctx.method(), org.catalogchat.catalog.LogText.safe(ctx.path(), 200), e);
            error(ctx, 500, "the server failed to answer; the error is logged", "internal_error", null);
        }
    }

    private void error(Context ctx, int status, String message, String code, String param) {
        ObjectNode body = mapper.createObjectNode();
        ObjectNode e = body.putObject("error");
        e.put("message", message == null ? code : message);
        e.put("type", status >= 500 ? "server_error" : status == 429 ? "rate_limit_error" : "invalid_request_error");
        if (param == null) e.putNull("param"); else e.put("param", param);
        e.put("code", code);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    void models(Context ctx) {
        ObjectNode body = mapper.createObjectNode().put("object", "list");
        body.putArray("data").add(modelJson());
        ctx.contentType("application/json").result(body.toString());
    }

    void model(Context ctx) {
        if (!MODEL.equals(ctx.pathParam("id"))) {
            throw new ApiException(404, "model_not_found", "The model '" + ctx.pathParam("id") + "' does not exist; this server offers '" + MODEL + "'");
        }
        ctx.contentType("application/json").result(modelJson().toString());
    }

    private ObjectNode modelJson() {
        return mapper.createObjectNode().put("id", MODEL).put("object", "model").put("created", CREATED).put("owned_by", "catalog-chat");
    }

    /** The request, validated: the question and the conversation before it. */
    private record Request(String question, List<Question.Turn> history, boolean stream) {
    }

    void completions(Context ctx) throws IOException {
        Request r = parse(bodies.read(ctx));
        Engine engine = chat.engine();
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = System.currentTimeMillis() / 1000;
        if (!r.stream()) {
            Answer a = engine.answerer().answer(new Question(r.question(), r.history()));
            ObjectNode body = envelope(id, created, "chat.completion");
            ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", withFootnotes(a));
            choice.put("finish_reason", "stop");
            body.putObject("usage").put("prompt_tokens", 0).put("completion_tokens", 0).put("total_tokens", 0);
            body.set("catalog_chat", extras(a));
            ctx.contentType("application/json").result(body.toString());
            return;
        }
        SseStream stream = streams.open(ctx, text -> data(chunk(id, created, text, false, null)));
        stream.pump(streams.produce(stream, () -> {
            stream.frame(() -> data(chunk(id, created, "", true, null)));
            // OpenAI's chunk stream cannot take back text already sent, so only an answer that has passed every
            // check is streamed: an LLM answer that fails its citation check never reaches this client at all.
            Answer a;
            try {
                a = engine.answerer().answer(new Question(r.question(), r.history()));
            } catch (RuntimeException e) {
                if (stream.closed() || Thread.currentThread().isInterrupted()) return; // the client left
                log.error("answering failed mid-stream", e);
                ObjectNode err = mapper.createObjectNode();
                err.putObject("error").put("message", "the server failed to answer; the error is logged")
                        .put("type", "server_error").putNull("param").put("code", "internal_error");
                stream.frame(() -> data(err) + "data: [DONE]\n\n");
                return;
            }
            try {
                for (String piece : org.catalogchat.answer.StreamPieces.split(withFootnotes(a))) stream.text(piece);
                ObjectNode last = chunk(id, created, null, false, "stop");
                last.set("catalog_chat", extras(a));
                stream.frame(() -> data(last) + "data: [DONE]\n\n");
            } catch (SseStream.Closed e) {
                log.debug("OpenAI stream closed before the answer was sent: {}", e.getMessage());
            }
        }));
    }

    private static String data(ObjectNode json) {
        return "data: " + json + "\n\n";
    }

    private Request parse(JsonNode body) {
        JsonNode model = body.get("model");
        if (model != null && !model.isNull() && !model.isTextual()) throw invalid("'model' must be a string", "model");
        JsonNode stream = body.get("stream");
        if (stream != null && !stream.isNull() && !stream.isBoolean()) throw invalid("'stream' must be true or false", "stream");
        JsonNode messages = body.get("messages");
        if (messages == null || messages.isNull()) throw invalid("'messages' is required", "messages");
        if (!messages.isArray() || messages.isEmpty()) throw invalid("'messages' must be a non-empty array", "messages");
        if (messages.size() > MAX_MESSAGES) throw invalid("at most " + MAX_MESSAGES + " messages are accepted", "messages");
        var roles = new ArrayList<String>();
        var texts = new ArrayList<String>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String where = "messages[" + i + "]";
            if (!m.isObject()) throw invalid(where + " must be an object", where);
            JsonNode role = m.get("role");
            if (role == null || !role.isTextual() || !ROLES.contains(role.asText())) {
                throw invalid(where + ".role must be one of " + String.join(", ", ROLES.stream().sorted().toList()), where + ".role");
            }
            roles.add(role.asText());
            texts.add(content(m.get("content"), where + ".content"));
        }
        int last = roles.lastIndexOf("user");
        if (last < 0) throw invalid("'messages' holds no user message to answer", "messages");
        String question = texts.get(last).strip();
        if (question.isEmpty()) throw invalid("the last user message is blank", "messages[" + last + "].content");
        if (question.codePointCount(0, question.length()) > limits.maxQuestionChars()) {
            throw new ApiException(400, "question_too_long", "the question is longer than " + limits.maxQuestionChars() + " characters");
        }
        return new Request(question, history(roles.subList(0, last), texts.subList(0, last)),
                stream != null && stream.asBoolean(false));
    }

    /** Text content, either a string or an array of {"type":"text","text":…} parts; null content is empty. */
    private static String content(JsonNode c, String where) {
        if (c == null || c.isNull()) return "";
        if (c.isTextual()) return c.asText();
        if (c.isArray()) {
            var sb = new StringBuilder();
            for (JsonNode part : c) {
                if (part.isObject() && "text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(part.get("text").asText());
                }
            }
            return sb.toString();
        }
        throw invalid(where + " must be a string or an array of text parts", where);
    }

    /**
     * Each user message with the assistant reply after it becomes one earlier turn. The reply's sources are
     * the catalog entries whose pages it links (our own footnotes), so "who released it?" resolves over a
     * protocol that keeps no state.
     */
    private List<Question.Turn> history(List<String> roles, List<String> texts) {
        var turns = new ArrayList<Question.Turn>();
        List<Dataset> catalog = chat.engine().catalog().datasets();
        for (int i = 0; i < roles.size(); i++) {
            if (!roles.get(i).equals("user")) continue;
            String reply = i + 1 < roles.size() && roles.get(i + 1).equals("assistant") ? texts.get(i + 1) : "";
            List<Source> sources = catalog.stream().filter(d -> !d.url().isBlank() && reply.contains(d.url()))
                    .sorted(Comparator.comparingInt(d -> reply.indexOf(d.url()))).map(d -> Source.of(d, 1.0)).toList();
            turns.add(new Question.Turn(texts.get(i), new Answer(reply, sources, List.of(),
                    sources.isEmpty() ? Intent.NOT_FOUND : Intent.FACT, Language.of(texts.get(i)), "history")));
        }
        return turns;
    }

    /** The answer's Markdown, plus a footnote for every source it does not already link. */
    static String withFootnotes(Answer a) {
        var missing = new ArrayList<String>();
        for (int i = 0; i < a.sources().size(); i++) {
            Source s = a.sources().get(i);
            if (s.url() != null && !s.url().isBlank() && a.markdown().contains(s.url())) continue;
            String link = s.url() == null || s.url().isBlank() ? s.name() : "[" + s.name() + "](" + s.url() + ")";
            missing.add("[" + (i + 1) + "] " + link + (s.released() == null ? "" : " — " + s.released()));
        }
        if (missing.isEmpty()) return a.markdown();
        String heading = a.language() == Language.ZH ? "**来源**" : "**Sources**";
        return a.markdown() + "\n\n" + heading + "\n\n" + String.join("\n", missing);
    }

    private ObjectNode extras(Answer a) {
        ObjectNode x = mapper.createObjectNode();
        x.put("answeredBy", a.answeredBy()).put("intent", a.intent().label()).put("language", a.language().code());
        ArrayNode sources = x.putArray("sources");
        for (Source s : a.sources()) sources.add(mapper.valueToTree(s));
        return x;
    }

    private ObjectNode envelope(String id, long created, String object) {
        return mapper.createObjectNode().put("id", id).put("object", object).put("created", created).put("model", MODEL);
    }

    private ObjectNode chunk(String id, long created, String content, boolean role, String finish) {
        ObjectNode c = envelope(id, created, "chat.completion.chunk");
        ObjectNode choice = c.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (role) delta.put("role", "assistant");
        if (content != null) delta.put("content", content);
        if (finish == null) choice.putNull("finish_reason"); else choice.put("finish_reason", finish);
        return c;
    }

    private static InvalidRequest invalid(String message, String param) {
        return new InvalidRequest(message, param);
    }

    /** A 400 that also names the offending parameter, as OpenAI's errors do. */
    private static final class InvalidRequest extends RuntimeException {
        private final String param;

        InvalidRequest(String message, String param) {
            super(message);
            this.param = param;
        }
    }
}
