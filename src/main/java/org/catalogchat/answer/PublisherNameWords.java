package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Where the catalog writes a subject's English word only as a later word of a publisher's Latin name: "Face" of
 * "Hugging Face" in "由 Hugging Face 和 ServiceNow Research 牵头" is who made The Stack, not what its data shows, and
 * "face datasets" answered The Stack. Such a name is returned as a phrase to cut out before the word is sought, the
 * way {@link StraddledForms} cuts out a Chinese form written across two words.
 *
 * <p>The name stays evidence where the asker means the organisation: when the question writes the word before it in
 * the name ("Hugging Face datasets"), when the word opens the name ("Google" of "Google Research"), when the question
 * capitalises the word inside it ("the Human Genome Project data" is a name, not a project), and when no entry writes
 * the word anywhere but inside such names ("Magenta datasets" can only mean Google Magenta's).
 *
 * <pre>{@code
 * names.without(face, "which face dataset is the newest?"); // face, excluding [Hugging Face]
 * }</pre>
 */
final class PublisherNameWords {
    /** A name of two Latin words or more, as a publisher field writes it ("Hugging Face", "ServiceNow Research"). */
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.&'-]*(?:[ ]+[A-Za-z0-9][A-Za-z0-9.&'-]*)+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.&'-]*");

    private final EntryTexts texts;
    private volatile List<String> names;

    PublisherNameWords(EntryTexts texts) {
        this.texts = texts;
    }

    /**
     * The subject with the publisher names that hold one of its English forms as a later word cut out. A single word
     * the question capitalises only because it opens the question ("Face datasets?") comes back in lower case: the
     * gatherer reads a capitalised subject as a possible publisher's name ({@link #writtenAsName}), and both must
     * apply one rule ({@link #asCommonNoun}), or "Face datasets?" cut Hugging Face here and selected it there.
     */
    Subject without(Subject s, String question) {
        s = asWritten(s, question);
        String asked = question.toLowerCase(Locale.ROOT);
        var found = new LinkedHashSet<String>();
        for (String f : s.forms()) {
            if (f.length() < 3 || !f.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))) continue;
            // a word capitalised inside the question is part of a name asked ("the Human Genome Project data"), as
            // the catalog's own name is: only a common noun ("face datasets") is kept apart from such names
            if (!asCommonNoun(question, f)) continue;
            for (String name : names()) {
                List<String> words = words(name);
                for (int i = 1; i < words.size(); i++) {
                    if (!words.get(i).equalsIgnoreCase(f)) continue;
                    // "Hugging Face datasets": the question names the organisation itself
                    if (!TopicMatcher.contains(asked, words.get(i - 1).toLowerCase(Locale.ROOT))) found.add(name);
                }
            }
        }
        if (found.isEmpty()) return s;
        var excluded = new LinkedHashSet<>(s.excluded());
        excluded.addAll(found);
        Subject cut = new Subject(s.text(), s.forms(), List.copyOf(excluded), s.group(), s.related(), s.unknownWord());
        // a word the catalog writes only inside names is asked as the name ("Magenta datasets")
        return texts.matching(cut).isEmpty() ? s : cut;
    }

    /** Whether a subject, as the question writes it, may be a name: a capitalised Latin word ("Face" of a name). */
    static boolean writtenAsName(Subject s) {
        return !s.text().isEmpty() && Character.isUpperCase(s.text().codePointAt(0));
    }

    /** The subject with its one word in lower case, when the question writes it as a common noun. */
    private static Subject asWritten(Subject s, String question) {
        String t = s.text();
        if (!writtenAsName(s) || !WORD.matcher(t).matches() || !t.chars().allMatch(c -> c < 0x80 && Character.isLetter(c))
                || !asCommonNoun(question, t)) {
            return s;
        }
        return new Subject(t.toLowerCase(Locale.ROOT), s.forms(), s.excluded(), s.group(), s.related(), s.unknownWord());
    }

    /**
     * Whether the question writes the word as a common noun: somewhere in lower case, or capitalised only as its first
     * word. A whole-word scan, no pattern per word: this runs for every English form of every subject.
     */
    static boolean asCommonNoun(String question, String word) {
        int n = word.length();
        int first = 0;
        while (first < question.length() && !Character.isLetterOrDigit(question.charAt(first))) first++;
        for (int at = indexOfIgnoringCase(question, word, 0); at >= 0; at = indexOfIgnoringCase(question, word, at + 1)) {
            boolean whole = (at == 0 || !Character.isLetter(question.charAt(at - 1)))
                    && (at + n == question.length() || !Character.isLetter(question.charAt(at + n)));
            if (!whole) continue;
            if (Character.isLowerCase(question.charAt(at)) || at == first) return true;
        }
        return false;
    }

    private static int indexOfIgnoringCase(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) return i;
        }
        return -1;
    }

    private List<String> names() {
        List<String> n = names;
        if (n == null) {
            Set<String> out = new LinkedHashSet<>();
            for (String p : texts.publisherNames()) {
                Matcher m = LATIN_NAME.matcher(p);
                while (m.find()) out.add(m.group().strip());
            }
            names = n = List.copyOf(out);
        }
        return n;
    }

    private static List<String> words(String name) {
        var out = new ArrayList<String>();
        Matcher m = WORD.matcher(name);
        while (m.find()) out.add(m.group());
        return out;
    }
}
