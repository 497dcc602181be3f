package org.catalogchat.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.SourcesFooter;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.GroundedAnswerer;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.catalogchat.answer.Source;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.retrieval.NameIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fluent answers from a language model, without giving up correctness. Retrieval stays ours: the grounded
 * answerer chooses the entries (all of them for a list or count), the model only words the answer from
 * those entries, and {@link CitationCheck} holds the complete text against them. A failed check, or any
 * model error (timeout, 429, 5xx, empty reply), gives the grounded answer marked {@code grounded-fallback},
 * and the reason is logged.
 *
 * <pre>{@code
 * Engine llm = engine.withAnswerer(LlmAnswerer.openAi(engine, settings, Prompts.load(Path.of("prompts"))));
 * llm.answerer().answer(Question.of("Who released MedTrinity-25M?")).answeredBy(); // "llm"
 * }</pre>
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    public static final String BY_LLM = "llm";
    public static final String BY_FALLBACK = "grounded-fallback";
    private static final int HISTORY_CHARS = 400;
    private static final int MAX_REWRITE_CHARS = 500;

    private final Engine engine;
    private final GroundedAnswerer grounded;
    private final ChatModel chat;
    private final StreamingChatModel streaming;
    private final Prompts prompts;
    private final Duration timeout;
    private final EntryFacts facts;
    private final CitationCheck check;

    public LlmAnswerer(Engine engine, ChatModel chat, StreamingChatModel streaming, Prompts prompts, Duration timeout) {
        this.engine = engine;
        this.grounded = engine.grounded();
        this.chat = chat;
        this.streaming = streaming;
        this.prompts = prompts;
        this.timeout = timeout;
        this.facts = new EntryFacts(engine.glossary());
        this.check = new CitationCheck(new NameIndex(engine.catalog(), engine.glossary()), facts);
    }

    /** An answerer talking to an OpenAI-compatible server through langchain4j's client. */
    public static LlmAnswerer openAi(Engine engine, LlmSettings s, Prompts prompts) {
        ChatModel chat = OpenAiChatModel.builder().baseUrl(s.baseUrl()).apiKey(s.apiKey()).modelName(s.model())
                .timeout(s.timeout()).maxRetries(0).temperature(0.0).build();
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder().baseUrl(s.baseUrl()).apiKey(s.apiKey())
                .modelName(s.model()).timeout(s.timeout()).temperature(0.0).build();
        return new LlmAnswerer(engine, chat, streaming, prompts, s.timeout());
    }

    /**
     * The engine answered by a model when there are settings (the {@code --llm-base-url} flag), else the engine as
     * it is. Templates come from {@code prompts}, else from the jar.
     */
    public static Engine configure(Engine engine, java.util.Optional<LlmSettings> settings, java.nio.file.Path prompts) {
        return settings.map(s -> engine.withAnswerer(openAi(engine, s, Prompts.load(prompts)))).orElse(engine);
    }

    /** What retrieval chose for a question: its query, the grounded answer and the entries behind it. */
    private record Plan(Question question, String standalone, Answer grounded, List<Dataset> entries) {
    }

    @Override
    public Answer answer(Question question) {
        Plan plan = plan(question);
        if (plan.entries().isEmpty()) return plan.grounded();
        String text;
        try {
            ChatResponse r = chat.chat(messages(plan));
            text = r == null || r.aiMessage() == null ? null : r.aiMessage().text();
        } catch (RuntimeException e) {
            return fallback(plan, "the model failed: " + describe(e));
        }
        return finish(plan, text, null, null);
    }

    @Override
    public Answer answer(Question question, Consumer<String> onDelta) {
        Plan plan = plan(question);
        if (plan.entries().isEmpty()) {
            onDelta.accept(plan.grounded().markdown());
            return plan.grounded();
        }
        var streamed = new StringBuilder();
        var done = new CompletableFuture<ChatResponse>();
        try {
            streaming.chat(messages(plan), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    if (done.isDone() || token == null || token.isEmpty()) return;
                    synchronized (streamed) {
                        streamed.append(token);
                    }
                    onDelta.accept(token);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            // The client's own timeout bounds each read; this bounds the whole stream.
            ChatResponse r = done.get(timeout.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS);
            String text = r != null && r.aiMessage() != null && r.aiMessage().text() != null ? r.aiMessage().text() : null;
            String sent;
            synchronized (streamed) {
                sent = streamed.toString();
            }
            return finish(plan, text == null || text.isEmpty() ? sent : text, sent, onDelta);
        } catch (TimeoutException e) {
            done.cancel(true);
            return fallback(plan, "the model's stream took longer than " + timeout.multipliedBy(2).toSeconds() + " s");
        } catch (ExecutionException e) {
            return fallback(plan, "the model failed: " + describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback(plan, "interrupted while waiting for the model");
        } catch (RuntimeException e) {
            return fallback(plan, "the model failed: " + describe(e));
        }
    }

    /** Checks the complete text; on success the answer cites exactly the entries it used, renumbered [1..k]. */
    private Answer finish(Plan plan, String text, String streamed, Consumer<String> onDelta) {
        CitationCheck.Verdict v = check.check(text, plan.entries(), plan.standalone());
        if (!v.ok()) return fallback(plan, "the answer failed the citation check: " + v.reason());
        var cited = new ArrayList<Dataset>();
        for (int n : v.cited()) cited.add(plan.entries().get(n - 1));
        String body = Citations.renumber(text.strip(), v.cited());
        String footer = SourcesFooter.of(cited, plan.grounded().language());
        String markdown = body + footer;
        if (onDelta != null && streamed != null && streamed.strip().equals(body)) {
            // What was streamed stands as it is; only the sources footer is new, so it streams too.
            markdown = streamed + footer;
            onDelta.accept(footer);
        }
        Answer g = plan.grounded();
        var sources = new ArrayList<Source>();
        for (Dataset d : cited) {
            double score = g.sources().stream().filter(s -> s.id().equals(d.id())).mapToDouble(Source::score).findFirst().orElse(1.0);
            sources.add(Source.of(d, score));
        }
        return new Answer(markdown, sources, g.suggestions(), g.intent(), g.language(), BY_LLM);
    }

    private Answer fallback(Plan plan, String why) {
        // Questions are personal data: the reason at WARN, the question itself only at debug.
        log.warn("LLM answer replaced by the grounded answer: {}", why);
        log.debug("... for the question \"{}\"", plan.question().text());
        return plan.grounded().withAnsweredBy(BY_FALLBACK);
    }

    private Plan plan(Question question) {
        String standalone = question.text();
        if (!question.history().isEmpty()) {
            standalone = rewrite(question);
            if (!standalone.equals(question.text())) {
                Answer a = grounded.answer(Question.of(standalone));
                // A rewrite that finds nothing must not lose what the grounded follow-up rules would find.
                if (!a.sources().isEmpty()) return new Plan(question, standalone, a, entries(a));
            }
            standalone = question.text();
        }
        Answer a = grounded.answer(question);
        return new Plan(question, standalone, a, entries(a));
    }

    private List<Dataset> entries(Answer a) {
        return a.sources().stream().map(s -> engine.catalog().byId(s.id())).flatMap(java.util.Optional::stream).toList();
    }

    /** The follow-up as a standalone question, by the model; the question unchanged when the model fails. */
    private String rewrite(Question question) {
        var history = new StringBuilder();
        for (Question.Turn t : question.history()) {
            String a = Citations.withoutFooter(t.answer().markdown());
            if (a.length() > HISTORY_CHARS) a = a.substring(0, HISTORY_CHARS) + "…";
            history.append("User: ").append(t.question()).append('\n').append("Assistant: ").append(a).append("\n\n");
        }
        String prompt = prompts.renderFollowUp(Map.of("history", history.toString().strip(),
                "question", question.text(), "language", languageName(Language.of(question.text()))));
        try {
            ChatResponse r = chat.chat(List.of(UserMessage.from(prompt)));
            String text = r == null || r.aiMessage() == null || r.aiMessage().text() == null ? "" : r.aiMessage().text();
            String line = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip()
                    .replaceAll("^[\"“「]|[\"”」]$", "");
            if (line.isBlank() || line.length() > MAX_REWRITE_CHARS) return question.text();
            log.debug("follow-up \"{}\" rewritten as \"{}\"", question.text(), line);
            return line;
        } catch (RuntimeException e) {
            log.warn("follow-up rewrite failed, using the grounded rules: {}", describe(e));
            return question.text();
        }
    }

    List<ChatMessage> messages(Plan plan) {
        Language lang = plan.grounded().language();
        String entries = facts.entries(plan.entries());
        Map<String, String> values = Map.of("entries", entries, "question", plan.standalone(),
                "count", String.valueOf(plan.entries().size()), "language", languageName(lang));
        return List.of(SystemMessage.from(prompts.renderSystem(values)), UserMessage.from(prompts.renderAnswer(values)));
    }

    private static String languageName(Language lang) {
        return lang == Language.ZH ? "Chinese (简体中文)" : "English";
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 300 ? m.substring(0, 300) + "…" : m));
    }
}
