package org.catalogchat.web;

/**
 * A client error with its HTTP status and a stable machine-readable code; rendered once, by
 * {@link HttpServer}, as {@code {"error": {"code", "message"}}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
