package org.catalogchat.web;

/**
 * Request limits of the HTTP front doors.
 *
 * @param maxBodyBytes     the largest request body accepted (413 beyond)
 * @param maxQuestionChars the longest question accepted (400 beyond)
 */
public record ServerLimits(long maxBodyBytes, int maxQuestionChars) {
    public static final ServerLimits DEFAULT = new ServerLimits(64 * 1024, 2000);

    public ServerLimits {
        if (maxBodyBytes < 256) throw new IllegalArgumentException("max body bytes must be at least 256");
        if (maxQuestionChars < 1) throw new IllegalArgumentException("max question chars must be positive");
    }
}
