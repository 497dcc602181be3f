package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * The partial entries of a Chinese topic that write the head of a compound the question asks and the catalog writes
 * whole, without its leading modifier: 立体事件相机 asked, DSEC and MVSEC writing 立体事件相机, N-MNIST writing only
 * 事件相机 is an event-camera dataset of the plain kind, not the stereo kind asked; 车载手势交互 asked and written by
 * NVGesture, EgoGesture's 手势交互 (on a headset) is another kind. Such an entry lacks one word of the topic, so it
 * would pass as a partial member (it writes most of the words); that the catalog writes the modified compound itself
 * is the evidence that the modifier picks a kind out of the head, and that an entry writing the bare head is not it.
 * <p>
 * Only a run of Chinese words side by side in the question counts (a run is one compound: 航空影像, 立体事件相机), and
 * only when some member writes the run as it stands; an entry that writes the modifier anywhere is no partial entry
 * of that word, and one writing the run somewhere is kept. Words joined by 和/与 or read apart are separate runs, so
 * coordinated topics (猫狗图像 aside, 仇恨言论和冒犯性语言) keep either side.
 */
final class UnmodifiedHead {
    private UnmodifiedHead() {
    }

    /**
     * @param question the question text
     * @param words    the topic's words (containers and actions left out), in any order
     * @param selects  each word's selection
     * @param members  the entries writing every word
     * @param partial  the entries that would pass for writing most of them
     * @param sentences an entry's sentences
     * @return the partial entries writing only the head of a compound some member writes whole
     */
    static List<Dataset> of(String question, List<Subject> words, Function<Subject, Map<Dataset, Double>> selects,
                            Collection<Dataset> members, Collection<Dataset> partial,
                            Function<Dataset, List<String>> sentences) {
        if (members.isEmpty() || partial.isEmpty()) return List.of();
        String q = question.toLowerCase(Locale.ROOT);
        var out = new ArrayList<Dataset>();
        for (List<Subject> run : runs(q, words)) {
            // the question is lower-cased, and so must the words be that are found in it (X光片 in 有多少张X光片)
            String modifier = run.get(0).text().toLowerCase(Locale.ROOT);
            String last = run.get(run.size() - 1).text().toLowerCase(Locale.ROOT);
            int from = q.indexOf(modifier);
            String compound = q.substring(from, q.indexOf(last, from) + last.length());
            String head = compound.substring(modifier.length());
            if (members.stream().noneMatch(d -> writes(sentences.apply(d), compound))) continue;
            Set<String> stacked = stackedKinds(modifier, head, members, sentences);
            Map<Dataset, Double> withModifier = selects.apply(run.get(0));
            for (Dataset d : partial) {
                if (out.contains(d) || withModifier.containsKey(d)) continue;
                List<String> text = sentences.apply(d);
                if (writes(text, head) && !writes(text, compound) && stacked.stream().noneMatch(k -> writes(text, k)))
                    out.add(d);
            }
        }
        return out;
    }

    /** The runs of two or more Chinese words standing side by side in the question, each word's text found once. */
    static List<List<Subject>> runs(String q, List<Subject> words) {
        var placed = new ArrayList<Subject>();
        for (Subject s : words) {
            String t = s.text().toLowerCase(Locale.ROOT);
            int at = q.indexOf(t);
            if (!t.isEmpty() && at >= 0 && q.indexOf(t, at + 1) < 0 && TopicMatcher.hasHan(t)) placed.add(s);
        }
        placed.sort(java.util.Comparator.comparingInt(s -> q.indexOf(s.text().toLowerCase(Locale.ROOT))));
        var runs = new ArrayList<List<Subject>>();
        var run = new ArrayList<Subject>();
        int end = -1;
        for (Subject s : placed) {
            int at = q.indexOf(s.text().toLowerCase(Locale.ROOT));
            if (at != end && run.size() >= 2) runs.add(List.copyOf(run));
            if (at != end) run.clear();
            run.add(s);
            end = at + s.text().length();
        }
        if (run.size() >= 2) runs.add(List.copyOf(run));
        return runs;
    }

    /**
     * The kinds of the head the members write with the modifier stacked before them: CFPS's 社会追踪调查 makes a
     * 追踪调查 (CHARLS) one kind of 社会调查, so an entry writing it is no plain head.
     */
    private static Set<String> stackedKinds(String modifier, String head, Collection<Dataset> members,
                                            Function<Dataset, List<String>> sentences) {
        Pattern between = Pattern.compile(Pattern.quote(modifier) + "(\\p{IsHan}{1,4}?)" + Pattern.quote(head));
        var kinds = new HashSet<String>();
        for (Dataset d : members) {
            for (String s : sentences.apply(d)) {
                Matcher m = between.matcher(s.toLowerCase(Locale.ROOT));
                while (m.find()) kinds.add(m.group(1) + head);
            }
        }
        return kinds;
    }

    private static boolean writes(List<String> sentences, String phrase) {
        for (String s : sentences) if (s.toLowerCase(Locale.ROOT).contains(phrase)) return true;
        return false;
    }
}
