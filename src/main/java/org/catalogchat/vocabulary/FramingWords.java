package org.catalogchat.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Question words that frame the question rather than name what it is about: common words ECDICT gives only function
 * senses (against, instead, around) or an intransitive verb's (happen, occur, exist), built by
 * scripts/build-framing-words.sh from the dictionary's own part-of-speech marks, never listed by hand. Such a word
 * that reaches nothing in the loaded catalog is read as a stop word: "checking claims against tables" asks about
 * claims and tables, not about "against". A framing word the catalog does reach keeps its span (the catalog may
 * write it: 其中 for "among"), and nouns, adjectives and transitive verbs are never framing, so a content word the
 * catalog lacks still makes the question "not in the catalog".
 */
final class FramingWords {
    static final String RESOURCE = "/vocabulary/framing-words.txt";

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private FramingWords() {
    }

    /** Whether ECDICT marks this normalised word a framing word. */
    static boolean isFraming(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The spans without those that are one framing word the catalog does not reach: no translation the answerer
     * reads ({@code weak}: a score under it is only a word inside a longer gloss) and not written by the catalog.
     */
    static List<Span> withoutUnreachedFraming(List<Span> spans, double weak) {
        return spans.stream().filter(s -> !unreachedFraming(s, weak)).toList();
    }

    private static boolean unreachedFraming(Span span, double weak) {
        if (span.literal() || span.end() - span.start() != 1) return false;
        if (span.translations().stream().anyMatch(t -> t.score() >= weak)) return false;
        List<String> words = EnglishWords.words(span.text());
        return words.size() == 1 && isFraming(words.get(0));
    }

    private static Set<String> load() {
        var in = FramingWords.class.getResourceAsStream(RESOURCE);
        if (in == null) return Set.of();
        Set<String> out = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
