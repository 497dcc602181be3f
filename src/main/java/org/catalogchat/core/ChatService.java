package org.catalogchat.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.catalogchat.answer.Source;

/**
 * The one entry point every front door calls: it keeps conversations, and answers with whichever
 * {@link Engine} is current (a reload swaps it atomically; a request in flight keeps the one it started with).
 *
 * <pre>{@code
 * ChatService chat = new ChatService(engine, conversations);
 * ChatService.Reply r = chat.ask("Who released it?", conversationId);
 * // or, from a client that keeps the conversation itself (any server, any replica):
 * chat.ask("Who released it?", null, List.of(new PriorTurn("Tell me about TaiSu", List.of("taisu"))));
 * }</pre>
 */
public final class ChatService {
    /** An answer with the conversation it belongs to and how long it took. */
    public record Reply(Answer answer, String conversationId, long tookMs) {
    }

    /** Answers kept by default. */
    public static final int DEFAULT_ANSWER_CACHE = 2048;
    /** A cached answer unused this long is dropped: an idle server gives its memory back. */
    public static final Duration ANSWER_IDLE = Duration.ofHours(1);

    /**
     * The engine and its generation, swapped together. Cached answers are keyed by generation, so a reload can never
     * serve a stale answer, even one that a request still running on the old engine stores after the swap.
     */
    private record Current(Engine engine, long generation) {
    }

    private record AnswerKey(long generation, String question) {
    }

    private final AtomicReference<Current> current;
    private final Conversations conversations;
    private final Cache<AnswerKey, Answer> answers;

    public ChatService(Engine engine, Conversations conversations) {
        this(engine, conversations, DEFAULT_ANSWER_CACHE);
    }

    /** @param answerCacheSize how many first-turn answers to remember per engine */
    public ChatService(Engine engine, Conversations conversations, int answerCacheSize) {
        if (answerCacheSize < 1) throw new IllegalArgumentException("answer cache size must be at least 1");
        this.current = new AtomicReference<>(new Current(engine, 0));
        this.conversations = conversations;
        this.answers = Caffeine.newBuilder().maximumSize(answerCacheSize).expireAfterAccess(ANSWER_IDLE)
                .executor(Runnable::run).recordStats().build();
    }

    public Reply ask(String question, String conversationId) {
        return ask(question, conversationId, null);
    }

    /**
     * Answers {@code question}; a follow-up is resolved from {@code history} (the client's copy of the earlier
     * turns, oldest first) when it is given, else from this server's memory of {@code conversationId}.
     *
     * @param history the earlier turns as the client sent them, or null for "ask the server's memory"
     */
    public Reply ask(String question, String conversationId, List<PriorTurn> history) {
        long start = System.nanoTime();
        String id = conversationId == null || conversationId.isBlank() ? Conversations.newId() : conversationId;
        Current now = current.get();
        List<Question.Turn> turns = turns(now.engine(), id, history);
        Answer answer;
        if (turns.isEmpty()) {
            // Without history the answer depends only on the text and the engine: safe to share. Computed outside
            // the cache's lock, so a slow answer (an LLM's) never holds up others.
            var key = new AnswerKey(now.generation(), question);
            answer = answers.getIfPresent(key);
            if (answer == null) {
                answer = now.engine().answerer().answer(new Question(question, turns));
                answers.put(key, answer);
            }
        } else {
            answer = now.engine().answerer().answer(new Question(question, turns));
        }
        conversations.record(id, question, answer);
        return new Reply(answer, id, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Like {@link #ask} but streams the answer text to {@code onDelta} as it is produced; the reply holds the
     * final answer, which a front door shows instead if it differs from what was streamed.
     */
    public Reply askStreaming(String question, String conversationId, Consumer<String> onDelta) {
        return askStreaming(question, conversationId, null, onDelta);
    }

    /** {@link #askStreaming(String, String, Consumer)} with the client's copy of the conversation (nullable). */
    public Reply askStreaming(String question, String conversationId, List<PriorTurn> history, Consumer<String> onDelta) {
        long start = System.nanoTime();
        String id = conversationId == null || conversationId.isBlank() ? Conversations.newId() : conversationId;
        Engine engine = current().engine();
        Answer answer = engine.answerer().answer(new Question(question, turns(engine, id, history)), onDelta);
        conversations.record(id, question, answer);
        return new Reply(answer, id, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The turns a follow-up is resolved against. The client's history wins: it is the copy that survives a
     * restart or a move to another replica. When this server still remembers the same turns (same questions,
     * same sources) its own copy is used instead, since it also holds the answer text an LLM rewrite reads.
     */
    private List<Question.Turn> turns(Engine engine, String id, List<PriorTurn> history) {
        List<Question.Turn> remembered = conversations.history(id);
        if (history == null) return remembered;
        if (sameTurns(remembered, history)) return remembered;
        var turns = new ArrayList<Question.Turn>(history.size());
        for (PriorTurn p : history) turns.add(new Question.Turn(p.question(), rebuilt(engine, p)));
        return turns;
    }

    private static boolean sameTurns(List<Question.Turn> remembered, List<PriorTurn> history) {
        if (history.isEmpty() || remembered.size() < history.size()) return false;
        List<Question.Turn> tail = remembered.subList(remembered.size() - history.size(), remembered.size());
        for (int i = 0; i < history.size(); i++) {
            Question.Turn r = tail.get(i);
            List<String> ids = r.answer().sources().stream().map(Source::id).toList();
            if (!r.question().equals(history.get(i).question()) || !ids.equals(history.get(i).sources())) return false;
        }
        return true;
    }

    /**
     * An earlier answer rebuilt from the ids the client kept: the cited entries as this engine knows them (ids
     * it no longer has are dropped), with a one-line text naming them for answerers that read the wording.
     */
    private static Answer rebuilt(Engine engine, PriorTurn p) {
        List<Source> sources = new ArrayList<>();
        for (String sid : p.sources()) engine.catalog().byId(sid).ifPresent(d -> sources.add(Source.of(d, 1.0)));
        Language language = Language.of(p.question());
        String text = sources.stream().map(Source::name).collect(Collectors.joining(", "));
        return new Answer(text, sources, List.of(), sources.isEmpty() ? Intent.NOT_FOUND : Intent.FACT, language,
                "history");
    }

    public Engine engine() {
        return current().engine();
    }

    private Current current() {
        return current.get();
    }

    /** Swap in a fully built engine, with an empty answer cache; requests already running finish on the old one. */
    public void swap(Engine next) {
        current.updateAndGet(c -> new Current(next, c.generation() + 1));
        answers.invalidateAll();
    }

    /** The answer cache, for its statistics (/metrics, the benchmark). */
    public Cache<?, Answer> answerCache() {
        return answers;
    }

    /** The server's conversation memory. */
    public Conversations conversations() {
        return conversations;
    }
}
