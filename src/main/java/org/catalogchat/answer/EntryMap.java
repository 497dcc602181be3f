package org.catalogchat.answer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.catalogchat.catalog.Dataset;

/**
 * A map from catalog entries, iterated in insertion order like a {@code LinkedHashMap}, but keyed by the entry's id:
 * a dataset record's own hash walks every field (description, facets, size figures), and strength maps hold up to
 * 100,000 entries per question. Equal keys are equal records, as in a {@code LinkedHashMap}.
 */
final class EntryMap<V> extends AbstractMap<Dataset, V> {
    private record Slot<V>(Dataset key, V value) {
    }

    private final LinkedHashMap<String, Slot<V>> byId;

    EntryMap(int expected) {
        this.byId = new LinkedHashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
    }

    @Override
    public V put(Dataset key, V value) {
        Objects.requireNonNull(value);
        Slot<V> old = byId.get(key.id());
        if (old != null && old.key() != key && !old.key().equals(key)) {
            throw new IllegalArgumentException("two entries with the id " + key.id());
        }
        // A replaced value keeps its place, as in a LinkedHashMap.
        byId.put(key.id(), new Slot<>(old == null ? key : old.key(), value));
        return old == null ? null : old.value();
    }

    @Override
    public V get(Object o) {
        Slot<V> s = slot(o);
        return s == null ? null : s.value();
    }

    @Override
    public boolean containsKey(Object o) {
        return slot(o) != null;
    }

    private Slot<V> slot(Object o) {
        if (!(o instanceof Dataset d)) return null;
        Slot<V> s = byId.get(d.id());
        return s != null && (s.key() == d || s.key().equals(d)) ? s : null;
    }

    @Override
    public int size() {
        return byId.size();
    }

    @Override
    public Set<Entry<Dataset, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Dataset, V>> iterator() {
                return slots(s -> new SimpleImmutableEntry<>(s.key(), s.value()));
            }

            @Override
            public int size() {
                return byId.size();
            }
        };
    }

    /** The keys, in insertion order, without going through entries. */
    @Override
    public Set<Dataset> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Dataset> iterator() {
                return slots(Slot::key);
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public int size() {
                return byId.size();
            }
        };
    }

    /** The slots in insertion order, each seen as {@code view} shows it (read-only, as the views are). */
    private <T> Iterator<T> slots(Function<Slot<V>, T> view) {
        Iterator<Slot<V>> it = byId.values().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                return view.apply(it.next());
            }
        };
    }
}
