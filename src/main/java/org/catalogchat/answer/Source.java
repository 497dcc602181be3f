package org.catalogchat.answer;

import java.util.List;
import org.catalogchat.catalog.Dataset;

/**
 * A cited catalog entry as the API shows it: {@code {"id","name","url","released","publishers","score"}}.
 * {@code released} is 2024-10-25, 2024-10 or 2024 as the catalog states it, and null when it states none.
 */
public record Source(String id, String name, String url, String released, List<String> publishers, double score) {
    public Source {
        publishers = List.copyOf(publishers);
    }

    public static Source of(Dataset d, double score) {
        return new Source(d.id(), d.name(), d.url(), d.released().isStated() ? d.released().toString() : null, d.publishers(),
                Math.round(score * 1000) / 1000.0);
    }
}
