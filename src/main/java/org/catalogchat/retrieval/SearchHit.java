package org.catalogchat.retrieval;

import java.util.Objects;
import org.catalogchat.catalog.Dataset;

/**
 * One ranked entry, with the fused score and what each signal said (0 where it did not find the entry).
 */
public record SearchHit(Dataset dataset, double score, double name, double lexical, double vector) {
    public SearchHit {
        Objects.requireNonNull(dataset);
    }
}
