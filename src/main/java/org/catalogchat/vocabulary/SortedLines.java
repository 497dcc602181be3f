package org.catalogchat.vocabulary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A shipped file of {@code key<TAB>values…} lines, sorted by key, kept as one string: a line is found by binary search
 * over {@code starts} and split only when asked. A map of 55,000 keys took 9 MB of heap; this takes 2. Both English-side
 * files ({@link WordRelations}, {@link EnglishChineseDictionary}) are read this way. Immutable.
 */
final class SortedLines {
    static final SortedLines EMPTY = new SortedLines("", new int[0]);

    private final String text;
    private final int[] starts;

    private SortedLines(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** Reads the gzipped classpath resource {@code name} (a shipped file: missing or unreadable is a build error). */
    static SortedLines resource(String name) {
        try (InputStream in = SortedLines.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + name);
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Reads gzipped lines; lines starting with '#' are comments. A file not written sorted (a test's) is sorted here. */
    static SortedLines read(InputStream gzipped) throws IOException {
        var bytes = new ByteArrayOutputStream(1 << 21);
        try (var in = new GZIPInputStream(gzipped, 1 << 16)) {
            in.transferTo(bytes);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int[] starts = new int[1 << 16];
        int n = 0;
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            int tab = text.indexOf('\t', at);
            if (text.charAt(at) != '#' && tab > at && tab < end) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = at;
            }
            at = end + 1;
        }
        var lines = new SortedLines(text, Arrays.copyOf(starts, n));
        return lines.sorted() ? lines : lines.sortedCopy();
    }

    private boolean sorted() {
        for (int i = 1; i < starts.length; i++) {
            if (compare(starts[i], key(starts[i - 1])) < 0) return false;
        }
        return true;
    }

    private SortedLines sortedCopy() {
        int[] order = Arrays.stream(starts).boxed().sorted(java.util.Comparator.comparing(this::key))
                .mapToInt(Integer::intValue).toArray();
        return new SortedLines(text, order);
    }

    private String key(int start) {
        return text.substring(start, text.indexOf('\t', start));
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /** The part of the key's line after its first tab, or null when no line has that key. */
    String values(String key) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(starts[mid], key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return text.substring(text.indexOf('\t', starts[mid]) + 1, lineEnd(starts[mid]));
        }
        return null;
    }

    /** The key of the line at {@code start} against {@code key}, as String.compareTo orders them. */
    private int compare(int start, String key) {
        int tab = text.indexOf('\t', start);
        int n = Math.min(tab - start, key.length());
        for (int i = 0; i < n; i++) {
            int c = text.charAt(start + i) - key.charAt(i);
            if (c != 0) return c;
        }
        return (tab - start) - key.length();
    }

    private int lineEnd(int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
