package org.catalogchat.chatops;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.catalogchat.answer.Answer;
import org.catalogchat.catalog.LogText;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Unavailable;
import org.catalogchat.render.ChatMarkdown;
import org.catalogchat.web.ApiException;
import org.catalogchat.web.JsonBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one flow every chat integration follows: not configured (503) → cheap checks on the headers alone (401,
 * before a body byte is read, so an unauthenticated client cannot hold a thread on a slow body) → read the raw
 * body → verify its signature or token (401) → the platform parses it → help, too long, or an answer → the
 * platform formats it. A platform supplies only its {@link ChatPlatform} checks and its body handler.
 *
 * <pre>{@code
 * ChatFlow flow = new ChatFlow(chat, 2000);
 * routes.post("/webhooks/teams", flow.route(teams, teams::respond));
 * }</pre>
 */
final class ChatFlow {
    private static final Logger log = LoggerFactory.getLogger(ChatFlow.class);

    /** What a platform's request asks: the question ("" for help), whom it continues, and the help's prefix. */
    record Ask(String question, String conversation, String helpPrefix) {
    }

    /** An answer to format, or a line of text (help, "too long", "busy") that is already Markdown. */
    record Reply(Answer answer, String text) {
        static Reply of(Answer a) {
            return new Reply(a, null);
        }

        static Reply text(String markdown) {
            return new Reply(null, markdown);
        }

        /** For platforms that take Markdown (Mattermost, Teams), quoted text neutralised. */
        String markdown(ChatMarkdown md) {
            return answer != null ? md.answer(answer) : md.text(text);
        }
    }

    /** The part a platform writes after the body is verified: parse it, then answer through the flow. */
    interface BodyHandler {
        void handle(Context ctx, byte[] raw);
    }

    static final String BUSY = "I am answering too many questions right now; please try again in a moment.";
    static final String FAILED = "Sorry, answering failed; the error is logged.";

    private final ChatService chat;
    private final int maxQuestionChars;

    ChatFlow(ChatService chat, int maxQuestionChars) {
        this.chat = chat;
        this.maxQuestionChars = maxQuestionChars;
    }

    Handler route(ChatPlatform platform, BodyHandler body) {
        return ctx -> {
            if (!platform.configured()) {
                throw new ApiException(503, platform.key() + "_not_configured", platform.name()
                        + " is not configured on this server: " + platform.howToConfigure());
            }
            String reason = platform.precheck().apply(ctx);
            if (reason == null) {
                byte[] raw = JsonBodies.rawBody(ctx);
                reason = platform.verify().apply(ctx, raw);
                if (reason == null) {
                    body.handle(ctx, raw);
                    return;
                }
            }
            log.warn("rejected a {} request to {} from {}: {}", platform.name(), LogText.safe(ctx.path(), 200), ctx.ip(), LogText.safe(reason, 200));
            throw new ApiException(401, platform.rejectedCode(), platform.rejectedMessage());
        };
    }

    /** A verified body as a JSON object; a 400 when it is not one. */
    static com.fasterxml.jackson.databind.JsonNode jsonObject(com.fasterxml.jackson.databind.ObjectMapper mapper, byte[] raw) {
        com.fasterxml.jackson.databind.JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (java.io.IOException e) {
            throw new ApiException(400, "invalid_json", "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) throw new ApiException(400, "invalid_json", "the body must be a JSON object");
        return node;
    }

    /** Help for an empty question, a note for one over the limit; null when there is a question to answer. */
    String notice(Ask ask) {
        String q = ask.question().strip();
        if (q.isEmpty()) return HelpText.markdown(ask.helpPrefix(), chat.engine().catalog().size());
        if (q.codePointCount(0, q.length()) > maxQuestionChars) {
            return "That question is longer than " + maxQuestionChars + " characters; please shorten it.";
        }
        return null;
    }

    /** The notice, else the answer. */
    Reply reply(Ask ask) {
        String notice = notice(ask);
        return notice != null ? Reply.text(notice) : Reply.of(chat.ask(ask.question().strip(), ask.conversation()).answer());
    }

    /** {@link #reply}, failures turned into a short apology (the caller is a background task or a webhook). */
    Reply safeReply(Ask ask) {
        try {
            return reply(ask);
        } catch (Unavailable e) {
            return Reply.text(BUSY);
        } catch (RuntimeException e) {
            log.error("answering a chat question failed", e);
            return Reply.text(FAILED);
        }
    }

    /**
     * The reply within {@code budget} on {@code workers}, for platforms that stop waiting (Teams after 5 s) and
     * cannot take a late answer; {@code late} is said instead.
     */
    Reply replyWithin(Ask ask, Executor workers, Duration budget, String late) {
        CompletableFuture<Reply> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> safeReply(ask), workers);
        } catch (RejectedExecutionException e) {
            return Reply.text(BUSY);
        }
        try {
            return answer.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("a chat answer took longer than {} ms", budget.toMillis());
            return Reply.text(late);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "the server is shutting down");
        } catch (ExecutionException e) {
            log.error("answering a chat question failed", e.getCause());
            return Reply.text(FAILED);
        }
    }

}
