package org.catalogchat.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words of a question are names an entry on topic must write, not ordinary words it may say otherwise. */
class AskedNameTest {
    @Test
    void namesHaveADigitOrAHyphenBetweenCapitals() {
        for (String name : List.of("GPT-4V", "RGB-D", "Wi-Fi", "mmc4")) assertTrue(AskedName.is(name), name);
    }

    @Test
    void capitalisedWordsAndAcronymsAreNotNames() {
        for (String word : List.of("AI", "NLP", "LLM", "Chinese", "Minecraft", "video", "image-text", "数据")) assertFalse(AskedName.is(word), word);
    }
}
