package org.catalogchat.core;

/**
 * The engine cannot answer right now: too many questions at once, an answer past its deadline, or a shutdown.
 * Not the asker's mistake, and not a bug: each front door says so in its own terms (HTTP 503, an SSE error event,
 * a "busy" chat reply). It lives here, below the front doors, so that whatever guards the answerer need not know
 * which front door called it.
 *
 * <pre>{@code
 * throw new Unavailable("overloaded", "the server is answering too many questions; retry in a moment");
 * }</pre>
 */
public final class Unavailable extends RuntimeException {
    private final String code;

    /** {@code code} is stable and machine-readable ({@code overloaded}, {@code timeout}, {@code interrupted}). */
    public Unavailable(String code, String message) {
        super(message);
        if (code == null || code.isBlank()) throw new IllegalArgumentException("an Unavailable needs a code");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
