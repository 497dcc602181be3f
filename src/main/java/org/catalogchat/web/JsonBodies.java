package org.catalogchat.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.catalogchat.catalog.LogText;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.catalogchat.core.PriorTurn;

/**
 * Reads a JSON request body defensively: content type, size, UTF-8 and nesting are checked before any
 * handler sees the body, and each failure is a 4xx with its own code.
 */
public final class JsonBodies {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JsonBodies.class);
    private final ObjectMapper mapper;
    private final ServerLimits limits;

    public JsonBodies(ObjectMapper mapper, ServerLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    public static ObjectMapper newMapper() {
        var mapper = new ObjectMapper();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        return mapper;
    }

    public JsonNode read(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the request body as application/json");
        }
        long declared = ctx.contentLength();
        if (declared > limits.maxBodyBytes()) throw tooLarge();
        byte[] bytes = rawBody(ctx);
        if (bytes.length > limits.maxBodyBytes()) throw tooLarge();
        if (bytes.length == 0) throw new ApiException(400, "empty_body", "the request body is empty");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "invalid_utf8", "the request body is not valid UTF-8");
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) throw new ApiException(400, "invalid_json", "the body must be a JSON object");
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid_json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The raw request body, for front doors that verify signatures over its exact bytes; a body past the
     * server's size limit is a 413, as everywhere else.
     */
    public static byte[] rawBody(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException e) {
            if (e.getStatus() == 413) throw new ApiException(413, "body_too_large", "the request body is too large");
            throw invalidBody(ctx, e);
        } catch (Exception e) {
            // Jetty's EofException (an IOException, thrown undeclared through Javalin) for a truncated or badly
            // chunked body, a read timeout, a body sent too slowly: the client's fault, so a 400 and one log line.
            throw invalidBody(ctx, e);
        }
    }

    /** The 400 for a body that could not be read, logged as one short line (no stack trace: clients cause it). */
    public static ApiException invalidBody(Context ctx, Throwable cause) {
        log.info("unreadable request body on {} from {}: {}", LogText.safe(ctx.path(), 200), ctx.ip(),
                LogText.safe(String.valueOf(cause), 200));
        return new ApiException(400, "invalid_body", "the request body could not be read (truncated, badly chunked or too slow)");
    }

    private ApiException tooLarge() {
        return new ApiException(413, "body_too_large", "the request body is larger than " + limits.maxBodyBytes() + " bytes");
    }

    /** A required string field, trimmed, within the question length limit. */
    public String question(JsonNode body, String field) {
        JsonNode q = body.get(field);
        if (q == null || q.isNull()) throw new ApiException(400, "missing_question", "the field '" + field + "' is required");
        if (!q.isTextual()) throw new ApiException(400, "invalid_question", "'" + field + "' must be a string");
        String text = q.asText().strip();
        if (text.isEmpty()) throw new ApiException(400, "blank_question", "the question is blank");
        if (text.codePointCount(0, text.length()) > limits.maxQuestionChars()) {
            throw new ApiException(400, "question_too_long",
                    "the question is longer than " + limits.maxQuestionChars() + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            text = text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ").strip();
            if (text.isEmpty()) throw new ApiException(400, "blank_question", "the question is blank");
        }
        return text;
    }

    /** Earlier turns a request may carry; the answerers look at the last few only. */
    public static final int MAX_HISTORY_TURNS = 20;
    /** Cited ids per earlier turn; a follow-up only ever resolves against a turn with one or two. */
    public static final int MAX_HISTORY_SOURCES = 100;
    private static final int MAX_ID_CHARS = 200;

    /**
     * The optional {@code history}: {@code [{"question": "...", "sources": ["id", ...]}]}, oldest first. Null
     * when absent (the server's memory of the conversation is used then); any other shape, or more than the
     * bounds, is a 400 {@code invalid_history}, so a client learns at once that its copy is not being read.
     */
    public java.util.List<PriorTurn> history(JsonNode body) {
        JsonNode h = body.get("history");
        if (h == null || h.isNull()) return null;
        if (!h.isArray()) throw invalidHistory("'history' must be an array of {\"question\", \"sources\"} objects");
        if (h.size() > MAX_HISTORY_TURNS) throw invalidHistory("'history' holds more than " + MAX_HISTORY_TURNS + " turns");
        var turns = new java.util.ArrayList<PriorTurn>(h.size());
        for (int i = 0; i < h.size(); i++) {
            JsonNode turn = h.get(i);
            String where = "history[" + i + "]";
            if (!turn.isObject()) throw invalidHistory(where + " must be an object");
            JsonNode q = turn.get("question");
            if (q == null || !q.isTextual() || q.asText().isBlank()) throw invalidHistory(where + ".question must be a non-blank string");
            String question = q.asText().strip();
            if (question.codePointCount(0, question.length()) > limits.maxQuestionChars()) {
                throw invalidHistory(where + ".question is longer than " + limits.maxQuestionChars() + " characters");
            }
            JsonNode s = turn.get("sources");
            var ids = new java.util.ArrayList<String>();
            if (s != null && !s.isNull()) {
                if (!s.isArray()) throw invalidHistory(where + ".sources must be an array of dataset ids");
                if (s.size() > MAX_HISTORY_SOURCES) throw invalidHistory(where + ".sources holds more than " + MAX_HISTORY_SOURCES + " ids");
                for (JsonNode id : s) {
                    if (!id.isTextual() || id.asText().isBlank() || id.asText().length() > MAX_ID_CHARS
                            || id.asText().chars().anyMatch(c -> c < 0x20)) {
                        throw invalidHistory(where + ".sources must hold dataset ids (strings of 1-" + MAX_ID_CHARS + " characters)");
                    }
                    ids.add(id.asText());
                }
            }
            turns.add(new PriorTurn(question.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " "), ids));
        }
        return turns;
    }

    private static ApiException invalidHistory(String message) {
        return new ApiException(400, "invalid_history", message);
    }

    /** An optional conversation id: short and plain, since it is echoed back and used as a map key. */
    public String conversationId(JsonNode body) {
        JsonNode c = body.get("conversationId");
        if (c == null || c.isNull()) return null;
        if (!c.isTextual() || !c.asText().matches("[A-Za-z0-9_.:-]{1,100}")) {
            throw new ApiException(400, "invalid_conversation_id",
                    "conversationId must be 1-100 letters, digits or _.:- characters");
        }
        return c.asText();
    }
}
