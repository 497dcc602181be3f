package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * A Chinese task phrase is a key part and a generic task word (关系抽取, 因果推断, 事件抽取). An entry that writes the
 * key part with another generic task word (关系分类 for 关系抽取, 事件检测 for 事件抽取) names the same task by a
 * sibling compound. The generic words are general task vocabulary; which part is the key is read from the question
 * (the part that is not a generic task word), since neither position nor frequency in a catalog tells it
 * (docs/evaluation.md, pass 26: in a focused catalog the key part is the more frequent one). A key that is itself only
 * a modality (视频, 图像) names no task: 视频生成 is not 视频理解.
 */
final class SiblingCompounds {
    /** Generic task words: each combines with many different key parts across catalogs. */
    static final List<String> TASK_WORDS = List.of("抽取", "推断", "预测", "检测", "识别", "分类", "分割", "生成", "发现",
            "估计", "分析", "挖掘", "定位", "标注");
    /** Modalities and media: written before almost any task word, so a sibling compound of theirs is another task. */
    static final Set<String> MODALITIES = Set.of("视频", "图像", "图片", "影像", "文本", "文字", "语音", "音频", "声音",
            "数据", "序列", "信号", "点云", "多模态", "模态");

    private SiblingCompounds() {
    }

    /** The key part's subject and its Chinese forms, the task word's subject and its generic word. */
    record Pair(Subject keySubject, List<String> keys, Subject taskSubject, String task) {
    }

    /**
     * The key part and the generic task word of the task phrase asked, or null: two subjects next to each other in
     * the question, one with a generic task word among its forms, the other with a Chinese form of two characters or
     * more that is no modality and no task word.
     */
    static Pair keyAndTask(List<Subject> subjects) {
        for (int i = 0; i + 1 < subjects.size(); i++) {
            Subject a = subjects.get(i), b = subjects.get(i + 1);
            Pair p = pair(a, b);
            if (p == null) p = pair(b, a);
            if (p != null) return p;
        }
        return null;
    }

    private static Pair pair(Subject key, Subject task) {
        String g = task.forms().stream().filter(TASK_WORDS::contains).findFirst().orElse(null);
        if (g == null) return null;
        List<String> keys = key.forms().stream().filter(f -> f.length() >= 2 && TopicMatcher.allHan(f)
                && !TASK_WORDS.contains(f) && !MODALITIES.contains(f)).toList();
        return keys.isEmpty() ? null : new Pair(key, keys, task, g);
    }

    /**
     * An English key part ("causal") the dictionary gives no Chinese for: the two characters every entry writing the
     * whole phrase writes before the task word (因果 of 因果推断), or null when they do not agree.
     * @param wholeWriters for a key and a task subject, the texts of the entries that write both
     */
    static Pair keyFromWholeWriters(List<Subject> subjects, java.util.function.BiFunction<Subject, Subject, List<String>> wholeWriters) {
        for (int i = 0; i < subjects.size(); i++) {
            Subject task = subjects.get(i);
            // the key is the word before the task word ("causal inference"), one with no Chinese form
            Subject key = i > 0 ? subjects.get(i - 1) : null;
            if (key == null || key.forms().stream().anyMatch(TopicMatcher::allHan)) continue;
            String g = task.forms().stream().filter(TASK_WORDS::contains).findFirst().orElse(null);
            if (g == null) continue;
            List<String> whole = wholeWriters.apply(key, task);
            if (whole.isEmpty()) continue;
            java.util.Set<String> common = null;
            var before = java.util.regex.Pattern.compile("(\\p{IsHan}{2})" + g);
            for (String text : whole) {
                var here = new java.util.HashSet<String>();
                var m = before.matcher(text);
                while (m.find()) here.add(m.group(1));
                here.removeIf(k -> TASK_WORDS.contains(k) || MODALITIES.contains(k));
                if (common == null) common = here;
                else common.retainAll(here);
            }
            if (common != null && common.size() == 1) return new Pair(key, List.copyOf(common), task, g);
        }
        return null;
    }

    /**
     * The entries among {@code candidates} that write the key part with another generic task word, each with the
     * compound it writes ("关系分类").
     */
    static List<Widened> siblings(Pair pair, java.util.Collection<Dataset> candidates, Function<Dataset, List<String>> sentences) {
        var out = new ArrayList<Widened>();
        for (Dataset d : candidates) {
            String compound = writtenSibling(pair, searchedText(d, sentences));
            if (compound != null) out.add(new Widened(d, compound));
        }
        return out;
    }

    /**
     * Whether the question writes the key part right before the task word (关系抽取), or, for an English key read from
     * the catalog, its key word right before the task subject ("causal inference").
     */
    static boolean askedTogether(Pair pair, String question) {
        if (pair.keys().stream().anyMatch(k -> question.contains(k + pair.task()))) return true;
        String q = question.toLowerCase(java.util.Locale.ROOT);
        return pair.keySubject().forms().stream().filter(f -> !TopicMatcher.allHan(f)).anyMatch(k -> pair.taskSubject().forms()
                .stream().filter(f -> !TopicMatcher.allHan(f)).anyMatch(t -> q.contains(k.toLowerCase(java.util.Locale.ROOT) + " " + t.toLowerCase(java.util.Locale.ROOT))));
    }

    /** An entry's text where compounds are looked for: its name and its description's sentences. */
    static String searchedText(Dataset d, Function<Dataset, List<String>> sentences) {
        return d.name() + "\n" + String.join("\n", sentences.apply(d));
    }

    /** The first sibling compound of the pair the text writes, or null. */
    static String writtenSibling(Pair pair, String text) {
        for (String k : pair.keys())
            for (String g : TASK_WORDS)
                if (!g.equals(pair.task()) && text.contains(k + g)) return k + g;
        return null;
    }

    /** An entry admitted by the sibling compound it writes. */
    record Widened(Dataset entry, String compound) {
    }
}
