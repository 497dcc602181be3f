package org.catalogchat.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.vocabulary.CatalogVocabulary;
import org.catalogchat.vocabulary.ChineseWord;

/**
 * The Chinese names of countries and of languages, from the JDK's locale data (CLDR): 中国, 美国, 德国; 中文, 英语,
 * 德语, and each language's written name beside its spoken one (英语 → 英文). A question's word that is one of them
 * narrows a topic to a place or a language ("traffic signs from China", 中文语法纠错); an entry that writes another
 * name of the same kind in its place is about that place or language ({@link EvidenceGatherer}).
 *
 * <pre>{@code
 * PlaceNames.COUNTRIES.named("中国");   // true
 * PlaceNames.LANGUAGES.named("英文");   // true
 * }</pre>
 */
enum PlaceNames {
    LANGUAGES, COUNTRIES;

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final Set<String> names = new HashSet<>();

    static {
        for (String c : Locale.getISOCountries()) COUNTRIES.add(new Locale("", c).getDisplayCountry(CHINESE));
        for (String l : Locale.getISOLanguages()) {
            String name = new Locale(l).getDisplayLanguage(CHINESE);
            LANGUAGES.add(name);
            // a language is written 英文 as often as it is spoken 英语
            if (name.endsWith("语")) LANGUAGES.add(name.substring(0, name.length() - 1) + "文");
        }
    }

    private void add(String name) {
        // a name the JDK lacks comes back as its code; a name of one character is no word alone
        if (name.codePointCount(0, name.length()) >= 2 && name.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) names.add(name);
    }

    boolean named(String word) {
        return names.contains(word);
    }

    /** The kind of place or language a subject's forms name, if one of them is such a name. */
    static Optional<PlaceNames> kindOf(Subject s) {
        for (PlaceNames kind : values()) {
            if (kind.named(s.text()) || s.forms().stream().anyMatch(kind::named)) return Optional.of(kind);
        }
        return Optional.empty();
    }

    /**
     * Whether a text writes a name of this kind other than {@code asked}, as a word of its own: the catalog's
     * dictionary segments the text, so 海地 (Haiti) inside 沿海地区 is no name.
     */
    boolean writesOther(List<String> sentences, Set<String> asked, CatalogVocabulary vocabulary) {
        for (String sentence : sentences) {
            for (ChineseWord w : vocabulary.chineseWords(sentence)) {
                if (named(w.text()) && !asked.contains(w.text())) return true;
            }
        }
        return false;
    }
}
