package org.catalogchat.ops;

import java.util.function.Consumer;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps whatever answerer an engine has: runs it on the bounded {@link AnswerPool} (deadline, 503 when
 * full) and counts each answer by intent and answerer. Question text goes to the log at debug level only.
 */
final class GuardedAnswerer implements Answerer {
    private static final Logger log = LoggerFactory.getLogger(GuardedAnswerer.class);

    private final Answerer inner;
    private final AnswerPool pool;
    private final Metrics metrics;

    GuardedAnswerer(Answerer inner, AnswerPool pool, Metrics metrics) {
        this.inner = inner;
        this.pool = pool;
        this.metrics = metrics;
    }

    @Override
    public Answer answer(Question question) {
        return counted(question, pool.run(() -> inner.answer(question)));
    }

    @Override
    public Answer answer(Question question, Consumer<String> onDelta) {
        return counted(question, pool.run(() -> inner.answer(question, onDelta)));
    }

    private Answer counted(Question question, Answer a) {
        metrics.answer(a.intent().label(), a.answeredBy());
        if (log.isDebugEnabled()) log.debug("answer intent={} by={} question={}", a.intent().label(), a.answeredBy(), question.text());
        return a;
    }
}
