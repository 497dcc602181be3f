package org.catalogchat;

import java.util.concurrent.atomic.AtomicReference;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Question;

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

    private final AtomicReference<Engine> engine;
    private final Conversations conversations;

    public ChatService(Engine engine, Conversations conversations) {
        this.engine = new AtomicReference<>(engine);
        this.conversations = conversations;
    }

    public Reply ask(String question, String conversationId) {
        long start = System.nanoTime();
        String id = conversationId == null || conversationId.isBlank() ? Conversations.newId() : conversationId;
        Engine current = engine.get();
        Answer answer = current.answerer().answer(new Question(question, conversations.history(id)));
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
        Engine current = engine.get();
        Answer answer = current.answerer().answer(new Question(question, conversations.history(id)), onDelta);
        conversations.record(id, question, answer);
        return new Reply(answer, id, (System.nanoTime() - start) / 1_000_000);
    }

    public Engine engine() {
        return engine.get();
    }

    /** Swap in a fully built engine; requests already running finish on the old one. */
    public void swap(Engine next) {
        engine.set(next);
    }
}
