package org.catalogchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * Whether a subject names a human language (韩语, 日语, 德语, 英文): a Chinese word ending in 语 or 文 that the dictionary
 * glosses by a capitalised name ("Korean language", "German"). Such a word asked beside a topic the catalog holds
 * ("有没有韩语的语音合成数据集？") narrows the answer: no entry writing it means no such dataset, not the topic's entries
 * with the language dropped. A common noun in 语 or 文 (手语 "sign language", 论文 "paper", 语言 "language") is glossed in
 * lower case and is no language's name.
 *
 * <pre>{@code
 * languages.names(new Subject("韩语", List.of("韩语"), List.of())); // true
 * languages.names(new Subject("手语", List.of("手语"), List.of())); // false
 * }</pre>
 */
final class LanguageNames {
    /** Two to four Han characters ending in the character of a language (语) or its writing (文). */
    private static final Pattern LANGUAGE_WORD = Pattern.compile("\\p{IsHan}{1,3}[语文]");
    /** A gloss that opens with a capitalised name: "Korean language", "German", "Chinese language". */
    private static final Pattern NAME_GLOSS = Pattern.compile("^\\p{Lu}\\p{Ll}+(?:\\s+language)?$");

    private final Optional<CatalogVocabulary> vocabulary;

    LanguageNames(Optional<CatalogVocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the subject's own word, or one of its Chinese forms, names a language. */
    boolean names(Subject s) {
        if (vocabulary.isEmpty()) return false;
        if (languageWord(s.text())) return true;
        return s.forms().stream().anyMatch(this::languageWord);
    }

    private boolean languageWord(String word) {
        if (!LANGUAGE_WORD.matcher(word).matches()) return false;
        List<String> glosses = vocabulary.get().toEnglish(word);
        return !glosses.isEmpty() && NAME_GLOSS.matcher(glosses.get(0).strip()).matches();
    }
}
