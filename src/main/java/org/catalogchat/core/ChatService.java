package org.catalogchat.core;

import java.util.concurrent.atomic.AtomicReference;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Question;
import org.catalogchat.retrieval.LruCache;

/**
 * The one entry point every front door calls: it keeps conversations, and answers with whichever
 * {@link Engine} is current (a reload swaps it atomically; a request in flight keeps the one it started with).
 *
 * <pre>{@code
 * ChatService chat = new ChatService(engine, conversations);
 * ChatService.Reply r = chat.ask("Who released it?", conversationId);
 * }</pre>
 */
public final class ChatService {
    /** An answer with the conversation it belongs to and how long it took. */
    public record Reply(Answer answer, String conversationId, long tookMs) {
    }

    /** Answers kept per engine by default. */
    public static final int DEFAULT_ANSWER_CACHE = 2048;

    /** The engine and the answers it gave: swapped together, so a reload can never serve a stale answer. */
    private record Current(Engine engine, LruCache<String, Answer> answers) {
    }

    private final AtomicReference<Current> current;
    private final Conversations conversations;
    private final int answerCacheSize;

    public ChatService(Engine engine, Conversations conversations) {
        this(engine, conversations, DEFAULT_ANSWER_CACHE);
    }

    /** @param answerCacheSize how many first-turn answers to remember per engine */
    public ChatService(Engine engine, Conversations conversations, int answerCacheSize) {
        this.answerCacheSize = answerCacheSize;
        this.current = new AtomicReference<>(new Current(engine, new LruCache<>(answerCacheSize)));
        this.conversations = conversations;
    }

    public Reply ask(String question, String conversationId) {
        long start = System.nanoTime();
        String id = conversationId == null || conversationId.isBlank() ? Conversations.newId() : conversationId;
        Current now = current.get();
        var history = conversations.history(id);
        Answer answer;
        if (history.isEmpty()) {
            // Without history the answer depends only on the text and the engine: safe to share.
            answer = now.answers().computeIfAbsent(question, q -> now.engine().answerer().answer(new Question(q, history)));
        } else {
            answer = now.engine().answerer().answer(new Question(question, history));
        }
        conversations.record(id, question, answer);
        return new Reply(answer, id, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Like {@link #ask} but streams the answer text to {@code onDelta} as it is produced; the reply holds the
     * final answer, which a front door shows instead if it differs from what was streamed.
     */
    public Reply askStreaming(String question, String conversationId, java.util.function.Consumer<String> onDelta) {
        long start = System.nanoTime();
        String id = conversationId == null || conversationId.isBlank() ? Conversations.newId() : conversationId;
        Engine current = current().engine();
        Answer answer = current.answerer().answer(new Question(question, conversations.history(id)), onDelta);
        conversations.record(id, question, answer);
        return new Reply(answer, id, (System.nanoTime() - start) / 1_000_000);
    }

    public Engine engine() {
        return current().engine();
    }

    private Current current() {
        return current.get();
    }

    /** Swap in a fully built engine, with an empty answer cache; requests already running finish on the old one. */
    public void swap(Engine next) {
        current.set(new Current(next, new LruCache<>(answerCacheSize)));
    }

    /** The current engine's answer cache (for tests and the benchmark's hit counts). */
    public LruCache<String, Answer> answerCache() {
        return current().answers();
    }
}
