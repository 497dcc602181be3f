package org.catalogchat.answer;

/** The language a question is asked in, and so the language of its answer. */
public enum Language {
    EN, ZH;

    /** Chinese when Han characters outnumber Latin words: "Who released 太素?" is English. */
    public static Language of(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latinWords = java.util.Arrays.stream(text.split("[^A-Za-z]+")).filter(w -> !w.isEmpty()).count();
        return han >= 2 && han > latinWords ? ZH : EN;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
