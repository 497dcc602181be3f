package org.catalogchat.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.catalogchat.catalog.Dataset;

/**
 * Whether a publisher reading of a question's words is held back for the question's earlier reading. 有没有 NASA
 * 参与的卫星观测数据？: read whole in a publisher's slot, NASA filters the entries, and a filtered question reads its topic
 * (卫星观测) exactly, so MODIS, NASA's own entry, which writes 卫星 but not 观测, is lost. Read as before, NASA is a word
 * of the topic, and the topic question found MODIS and Landsat, both NASA's. A wrong set is worse than an earlier answer:
 * where every entry of the earlier answer is one of the publisher's and it holds all that the publisher reading
 * answers and more, the publisher reading only lost the publisher's own entries, and the earlier answer is kept.
 * Where the earlier answer has an entry of another publisher, or no more entries, the publisher reading stands.
 *
 * <pre>{@code
 * PublisherHeldBack.keepsEarlier(now, before, publishersEntries); // before ⊋ now, before ⊆ publishersEntries
 * }</pre>
 */
final class PublisherHeldBack {
    private PublisherHeldBack() {
    }

    /**
     * Whether {@code earlier} (the question read without the publisher reading) answers every entry {@code now} does and
     * more, all of them among {@code publishersEntries}, the entries the publisher reading's conditions admit.
     */
    static boolean keepsEarlier(Evidence now, Evidence earlier, List<Dataset> publishersEntries) {
        Set<String> before = ids(earlier.entries());
        if (before.size() <= now.entries().size() || !before.containsAll(ids(now.entries()))) return false;
        return ids(publishersEntries).containsAll(before);
    }

    private static Set<String> ids(List<Dataset> entries) {
        var out = new HashSet<String>();
        entries.forEach(d -> out.add(d.id()));
        return out;
    }
}
