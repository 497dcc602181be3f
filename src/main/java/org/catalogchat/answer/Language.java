package org.catalogchat.answer;

/** The language a question is asked in, and so the language of its answer. */
public enum Language {
    EN, ZH;

    /** A run of Latin letters and digits, with the hyphens and apostrophes inside names and words. */
    private static final java.util.regex.Pattern LATIN_TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*");
    /** A token that reads as a name rather than an English word: capitals after its first letter (MS, ImageNet), or digits. */
    private static final java.util.regex.Pattern NAME_LIKE = java.util.regex.Pattern.compile(".+[A-Z].*|.*[0-9].*");

    /** A question ending in a Chinese particle: 吗, 呢, 么, with its question mark or none. */
    private static final java.util.regex.Pattern CHINESE_CLOSE = java.util.regex.Pattern.compile("[吗呢么]\\s*[？?。]?\\s*$");

    /**
     * Chinese when Han characters outnumber English words: "Who released 太素?" is English. Names written in Latin
     * letters (MS MARCO, LAION-5B, ImageNet) are not English words: a Chinese question names its datasets as they
     * are written, so "有 MS MARCO 吗？" is Chinese.
     */
    public static Language of(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        var m = LATIN_TOKEN.matcher(text);
        long englishWords = 0;
        // "有 Common Voice 吗？": a question closed by a Chinese particle is Chinese, and its capitalised words are a
        // name's (Common Voice), not English words
        boolean chineseClose = CHINESE_CLOSE.matcher(text).find();
        while (m.find()) {
            boolean name = NAME_LIKE.matcher(m.group()).matches()
                    || chineseClose && Character.isUpperCase(m.group().charAt(0));
            if (m.group().chars().anyMatch(Character::isLetter) && !name) englishWords++;
        }
        return han >= 2 && han > englishWords ? ZH : EN;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
