package org.catalogchat.answer;

import static org.catalogchat.answer.PlanWords.HAN_RUN;
import static org.catalogchat.answer.PlanWords.LATIN;
import static org.catalogchat.answer.PlanWords.blank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.LexicalIndex;

/**
 * What a question says about its asker rather than about the data it wants: English words and Chinese stretches
 * of the asker's own things ({@link #EN_OWN}, {@link #ZH_OWN}) and of a stated preference ("ideally more than
 * a few hundred hours", "最好量大一点", cue kind "preference"). Their words weigh nothing: "my team", "课题",
 * "大一" (of 量大一点) are no subject, and a reply never says the catalog lacks them.
 */
record Asker(Set<String> own, List<String> ownStretches, Set<String> narrated, List<String> narration, List<String> asked) {
    /**
     * The asker's own things, not the catalog's: the noun phrase after a first-person possessive ("my team", "our
     * hospital"), and the head an about-phrase hangs on in a first-person clause ("I'm working on a project about X",
     * "我在做一个关于X的课题").
     */
    private static final Pattern EN_OWN = Pattern.compile("\\b(?:my|our)\\s+((?:[a-z][a-z-]*\\s+)?[a-z][a-z-]*)");

    private static final Pattern EN_OWN_ABOUT = Pattern.compile(
            "\\b(?:i|we|i'm|we're|i’m|we’re)\\b[^,.;:?!]*?\\b(?:a|an|the|my|our)\\s+([a-z][a-z-]*)\\s+(?:about|on)\\b");

    private static final Pattern ZH_OWN = Pattern.compile("我们?的([\\p{IsHan}]{2,4})|我[^，。？！?,;；]*?关于[^，。？！?,;；]*?的([\\p{IsHan}]{1,6})");

    /** The punctuation that ends a clause, in either script. */
    private static final String PUNCTUATION = "[,.;:?!，。；：？！]";

    /** Clauses of a question: punctuation, or "and" before a new first-person subject ("…, and we need …"). */
    private static final Pattern CLAUSES = Pattern.compile(PUNCTUATION + "|(?i)\\band\\s+(?=(?:i|we|my|our)\\b)");

    /** A clause that narrates what the asker does: it opens with a first-person subject ("I'm working on", "我在做"). */
    private static final Pattern NARRATION = Pattern.compile("(?:(?:and|so|but|also)\\s+)?(?:i|we|i'm|we're|i’m|we’re|my|our)\\b|我们?(?:正在|在|是)");

    /** The end of a clause: a preference ("ideally …", "最好…") holds up to it. */
    private static final Pattern CLAUSE_END = Pattern.compile(PUNCTUATION);

    boolean saysEnglish(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return own.contains(w) || narrated.contains(w) && asked.stream().noneMatch(c -> TopicMatcher.contains(c, w));
    }

    boolean saysChinese(String word) {
        return ownStretches.stream().anyMatch(s -> s.contains(word))
                || narration.stream().anyMatch(s -> s.contains(word)) && asked.stream().noneMatch(c -> c.contains(word));
    }

    /** What {@code text} says about its asker, read with this catalog's cues and stop words. */
    static Asker of(String text, PlanWords words, Glossary glossary, LexicalIndex lexical) {
        String lower = text.toLowerCase(Locale.ROOT);
        var own = new LinkedHashSet<String>();
        var ownStretches = new ArrayList<String>();
        for (Pattern p : List.of(EN_OWN, EN_OWN_ABOUT)) {
            Matcher m = p.matcher(lower);
            while (m.find()) {
                for (String w : m.group(1).split("\\s+")) if (!w.isBlank()) own.add(w);
            }
        }
        Matcher zh = ZH_OWN.matcher(text);
        while (zh.find()) ownStretches.add(zh.group(1) != null ? zh.group(1) : zh.group(2));
        for (String cue : glossary.cues("preference")) {
            for (int at = TopicMatcher.indexOf(lower, cue, 0); at >= 0; at = TopicMatcher.indexOf(lower, cue, at + 1)) {
                int from = at + cue.length();
                Matcher end = CLAUSE_END.matcher(lower).region(from, lower.length());
                String clause = text.substring(from, end.find() ? end.start() : lower.length());
                ownStretches.add(clause);
                for (Matcher w = LATIN.matcher(clause.toLowerCase(Locale.ROOT)); w.find(); ) own.add(w.group());
            }
        }
        // "my team is building a voice assistant, and we need transcribed speech": where a clause asks for something
        // (cue kind "request") and says what, the clauses that narrate what the asker does are context, not subject;
        // a word the asking clause writes too ("Mandarin") stays asked
        var narration = new ArrayList<String>();
        var asked = new ArrayList<String>();
        boolean requestSaysWhat = false;
        for (String c : CLAUSES.split(text)) {
            String l = c.strip().toLowerCase(Locale.ROOT);
            boolean request = words.hasCue(l, "request");
            if (!request && NARRATION.matcher(l).lookingAt()) narration.add(l);
            else asked.add(l);
            if (request && contentIn(l, words, glossary, lexical)) requestSaysWhat = true;
        }
        var narrated = new LinkedHashSet<String>();
        if (!requestSaysWhat) narration.clear();
        for (String c : narration) for (Matcher w = LATIN.matcher(c); w.find(); ) narrated.add(w.group());
        return new Asker(Set.copyOf(own), List.copyOf(ownStretches), Set.copyOf(narrated), List.copyOf(narration), List.copyOf(asked));
    }

    /** Whether a clause says something beyond its cues: a word that is no stop word and no cue phrase. */
    private static boolean contentIn(String clause, PlanWords words, Glossary glossary, LexicalIndex lexical) {
        String rest = clause;
        for (String cue : words.cuePhrases()) rest = blank(rest, cue);
        for (String cue : glossary.cues("request")) rest = blank(rest, cue);
        for (Matcher w = LATIN.matcher(rest); w.find(); ) if (!words.isStop(w.group()) && !words.contraction(w.group())) return true;
        Matcher h = HAN_RUN.matcher(rest);
        while (h.find()) {
            for (String t : lexical.terms(h.group())) if (!words.isStop(t) && t.codePointCount(0, t.length()) >= 2) return true;
        }
        return false;
    }
}
