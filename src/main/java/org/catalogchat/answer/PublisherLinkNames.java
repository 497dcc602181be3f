package org.catalogchat.answer;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;

/**
 * A publisher asked by an English place name no dictionary glosses ("the University of Freiburg" for 弗赖堡大学): the
 * entries whose link's host writes that name as one of its labels (lmb.informatik.uni-freiburg.de) are on that
 * publisher's own site, so the one Chinese-named publisher all of them share is the one asked. A host many publishers
 * use (github.com, kaggle.com) leaves no shared publisher, and a name no host writes reads nothing.
 *
 * <pre>{@code
 * linkNames.publisherOf("Freiburg"); // [弗赖堡大学] when both its entries link to uni-freiburg.de
 * }</pre>
 */
final class PublisherLinkNames {
    private final EntryTexts texts;
    /** The entries by each label of their link's host, in catalog order: read once per catalog, on the first name asked. */
    private Map<String, List<Dataset>> byHostLabel;

    PublisherLinkNames(EntryTexts texts) {
        this.texts = texts;
    }

    /** The one publisher every entry whose link's host has {@code name} as a label shares, if there is exactly one. */
    List<String> publisherOf(String name) {
        if (name.length() < 4 || !name.matches("\\p{IsLatin}+") || !Character.isUpperCase(name.charAt(0))) return List.of();
        String label = name.toLowerCase(Locale.ROOT);
        Set<String> common = null;
        for (Dataset d : byHostLabel().getOrDefault(label, List.of())) {
            var publishers = new LinkedHashSet<>(d.publishers());
            if (common == null) common = publishers;
            else common.retainAll(publishers);
            if (common.isEmpty()) return List.of();
        }
        if (common == null) return List.of();
        List<String> named = common.stream().filter(TopicMatcher::hasHan).toList();
        return named.size() == 1 ? named : List.of();
    }

    private synchronized Map<String, List<Dataset>> byHostLabel() {
        if (byHostLabel == null) {
            var out = new HashMap<String, List<Dataset>>();
            for (Dataset d : texts.all()) {
                Optional<String> host = host(d.url());
                if (host.isEmpty()) continue;
                for (String label : new LinkedHashSet<>(List.of(host.get().split("[.-]")))) {
                    out.computeIfAbsent(label, l -> new ArrayList<>()).add(d);
                }
            }
            byHostLabel = out;
        }
        return byHostLabel;
    }

    private static Optional<String> host(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
