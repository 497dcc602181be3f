package org.catalogchat.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;

/**
 * Every id a question expects must name an entry of its catalog. An id written by another rule than the parser's
 * ("ntu-rgbd" for the heading "NTU RGB+D", whose id is "ntu-rgb-d") makes the question unwinnable whatever the bot
 * answers, and a blind set would report it as a plain miss for good; so a set with such an id is refused before it runs.
 */
final class ExpectedIds {
    private ExpectedIds() {
    }

    /** @throws IllegalArgumentException naming each unknown id and, where one entry's id differs only in punctuation, that id */
    static void requireKnown(List<EvalCase> cases, Catalog catalog, Path file) {
        Map<String, String> idByLetters = catalog.datasets().stream().map(Dataset::id)
                .collect(Collectors.toMap(ExpectedIds::letters, Function.identity(), (a, b) -> a));
        var known = catalog.datasets().stream().map(Dataset::id).collect(Collectors.toSet());
        var problems = new ArrayList<String>();
        cases.stream().flatMap(c -> c.expect().stream()).filter(id -> !known.contains(id)).distinct().forEach(id -> {
            String near = idByLetters.get(letters(id));
            problems.add("'" + id + "'" + (near == null ? "" : " (did you mean '" + near + "'?)"));
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": expected ids that name no entry of the catalog: "
                    + String.join(", ", problems) + "; an id is the heading's short name lowercased, every run of "
                    + "other characters than letters and digits written as '-'");
        }
    }

    private static String letters(String id) {
        return id.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
