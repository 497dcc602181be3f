package org.catalogchat.answer;

/** The language a question is asked in, and so the language of its answer. */
public enum Language {
    EN, ZH;

    /** A run of Latin letters and digits, with the hyphens and apostrophes inside names and words. */
    private static final java.util.regex.Pattern LATIN_TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*");
    /** A token that reads as a name rather than an English word: capitals after its first letter (MS, ImageNet), or digits. */
    private static final java.util.regex.Pattern NAME_LIKE = java.util.regex.Pattern.compile(".+[A-Z].*|.*[0-9].*");

    /**
     * Chinese when Han characters outnumber English words: "Who released 太素?" is English. Names written in Latin
     * letters (MS MARCO, LAION-5B, ImageNet) are not English words: a Chinese question names its datasets as they
     * are written, so "有 MS MARCO 吗？" is Chinese.
     */
    public static Language of(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        var m = LATIN_TOKEN.matcher(text);
        long englishWords = 0;
        while (m.find()) {
            if (m.group().chars().anyMatch(Character::isLetter) && !NAME_LIKE.matcher(m.group()).matches()) englishWords++;
        }
        return han >= 2 && han > englishWords ? ZH : EN;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
