package org.catalogchat.answer;

import java.util.regex.Pattern;

/**
 * A word of a question that is a name rather than an ordinary word: Latin letters with a digit, a hyphen between
 * capitals or three capitals (GPT-4V, RGB-D, Wi-Fi, SQL, LLM). "Chinese" or "Minecraft" are capitalised words and
 * "AI" a short one a catalog writes in its own words (人工智能, 智能体), not names of this kind.
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
        return capitals >= 3 || capitals >= 2 && word.contains("-");
    }
}
