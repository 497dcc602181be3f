package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a finished answer into word-sized pieces for streaming, keeping every character and never splitting
 * a surrogate pair.
 *
 * <pre>{@code
 * StreamPieces.split("Hello world"); // ["Hello ", "world"]
 * }</pre>
 */
public final class StreamPieces {
    private static final int MAX_PIECE = 24;

    private StreamPieces() {
    }

    public static List<String> split(String text) {
        var pieces = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            current.append(c);
            boolean boundary = c == ' ' || c == '\n' || c == '，' || c == '。' || current.length() >= MAX_PIECE;
            if (boundary && !Character.isHighSurrogate(c)) {
                pieces.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) pieces.add(current.toString());
        return pieces;
    }
}
