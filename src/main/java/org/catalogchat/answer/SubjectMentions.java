package org.catalogchat.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Whether an entry is about a question's subject or only mentions it in passing. An entry whose name writes the
 * subject, whose text writes it more than once, or whose description's opening clause (what the entry is) writes it, is
 * about it; one that writes it once elsewhere and nowhere in its names mentions it in passing (JAFFE, a facial expression set, names the "人脸与手势识别会议" where it appeared: one 手势,
 * and it is no gesture dataset). A ranking picks one entry, so a passing mention must not win it over entries that
 * are about the subject.
 */
final class SubjectMentions {
    private SubjectMentions() {}

    /** Whether some subject is written by the entry only once, and not in any of its names. */
    static boolean onlyInPassing(Dataset d, List<Subject> subjects) {
        String names = String.join("\n", d.allNames());
        for (Subject s : subjects) {
            if (s.forms().isEmpty() || EntryTexts.writesAnyForm(names, s)) continue;
            if (places(d.description(), s) == 1 && !EntryTexts.writesAnyForm(firstClause(d.description()), s)) return true;
        }
        return false;
    }

    /**
     * The description's opening clause, where an entry says what it is ("GHCN 是…整合的全球陆地气象站观测数据库，"): a
     * subject written there is the entry's subject even if written once.
     */
    static String firstClause(String description) {
        var m = FIRST_CLAUSE_END.matcher(description);
        return m.find() ? description.substring(0, m.start()) : description;
    }

    private static final java.util.regex.Pattern FIRST_CLAUSE_END = java.util.regex.Pattern.compile("[，。；]|[,.;](?:\\s|$)");

    /** How many places of the text write some form of the subject (a place written by two forms counts once). */
    static int places(String text, Subject s) {
        Set<Integer> at = new HashSet<>();
        for (String f : s.forms()) {
            if (f.isBlank()) continue;
            int i = TopicMatcher.indexOf(text, f, 0);
            while (i >= 0) {
                final int start = i;
                final int end = i + f.length();
                // a longer form at an overlapping place is the same mention
                if (at.stream().noneMatch(p -> p >= start && p < end)) at.add(start);
                i = TopicMatcher.indexOf(text, f, i + 1);
            }
        }
        return at.size();
    }

    /**
     * The entries a ranking should be over: when the first of them mentions the subject only in passing and others
     * are about it, those others; otherwise all of them.
     */
    static List<Dataset> forRanking(List<Dataset> ranked, List<Subject> subjects) {
        if (ranked.size() < 2 || subjects.isEmpty() || !onlyInPassing(ranked.get(0), subjects)) return ranked;
        List<Dataset> about = ranked.stream().filter(d -> !onlyInPassing(d, subjects)).toList();
        return about.isEmpty() ? ranked : about;
    }
}
