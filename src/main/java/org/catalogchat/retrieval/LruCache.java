package org.catalogchat.retrieval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bounded, thread-safe least-recently-used map. Small on purpose: a synchronized {@link LinkedHashMap} in
 * access order costs well under a microsecond per call, far below the milliseconds it saves, so a lock-free
 * structure would buy nothing measurable here.
 *
 * <pre>{@code
 * var cache = new LruCache<String, Embedding>(4096);
 * Embedding e = cache.computeIfAbsent(text, t -> model.embed(t).content());
 * }</pre>
 */
public final class LruCache<K, V> {
    private final int capacity;
    private final Map<K, V> map;
    private long hits;
    private long misses;

    public LruCache(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    public synchronized Optional<V> get(K key) {
        V v = map.get(key);
        if (v == null) misses++;
        else hits++;
        return Optional.ofNullable(v);
    }

    public synchronized void put(K key, V value) {
        map.put(key, value);
    }

    /**
     * The cached value, or {@code compute}'s result stored. The computation runs outside the lock so one slow
     * miss never blocks other threads' hits; two threads missing on the same key at once both compute, which
     * is harmless for pure functions like an embedding.
     */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        Optional<V> cached = get(key);
        if (cached.isPresent()) return cached.get();
        V v = compute.apply(key);
        if (v != null) put(key, v);
        return v;
    }

    public synchronized int size() {
        return map.size();
    }

    public int capacity() {
        return capacity;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
