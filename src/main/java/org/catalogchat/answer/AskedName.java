package org.catalogchat.answer;

import java.util.regex.Pattern;

/**
 * A word of a question that is a name rather than an ordinary word: Latin letters with a digit or a hyphen between
 * capitals (GPT-4V, RGB-D, Wi-Fi). "Chinese" or "Minecraft" are capitalised words, and acronyms ("AI", "NLP", "LLM")
 * words a catalog may write in its own words (人工智能, 自然语言处理, 大模型), not names of this kind.
 */
final class AskedName {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9.+-]*");

    private AskedName() {
    }

    static boolean is(String word) {
        if (!LATIN.matcher(word).matches()) return false;
        int capitals = 0;
        for (char c : word.toCharArray()) {
            if (Character.isDigit(c)) return true;
            if (Character.isUpperCase(c)) capitals++;
        }
        return capitals >= 2 && word.contains("-");
    }
}
