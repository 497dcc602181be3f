package org.catalogchat.answer;

import java.util.Locale;

/** What a question asks for. Its {@link #label()} is the {@code intent} field of the answer API. */
public enum Intent {
    FACT, LIST, COUNT, COMPARE, TOPIC, NOT_FOUND, HELP, CLARIFY;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Intent fromLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
