package org.catalogchat.answer;

import java.util.List;
import org.catalogchat.catalog.Dataset;

/**
 * A cited catalog entry as the API shows it: {@code {"id","name","url","released","publishers","score"}}.
 */
public record Source(String id, String name, String url, String released, List<String> publishers, double score) {
    public Source {
        publishers = List.copyOf(publishers);
    }

    public static Source of(Dataset d, double score) {
        return new Source(d.id(), d.name(), d.url(), d.released().toString(), d.publishers(),
                Math.round(score * 1000) / 1000.0);
    }
}
