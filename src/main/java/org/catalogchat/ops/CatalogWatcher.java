package org.catalogchat.ops;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the catalog folder (or the folder of a single catalog file) and reloads once edits have been quiet for
 * the debounce time, so an editor's save-in-several-writes becomes one reload of the finished file.
 *
 * <pre>{@code
 * try (var w = new CatalogWatcher(reloader, Duration.ofMillis(500))) { w.start(); ... }
 * }</pre>
 */
public final class CatalogWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CatalogWatcher.class);

    private final CatalogReloader reloader;
    private final Duration debounce;
    private final Path folder;
    private final Path onlyFile;
    private WatchService watcher;
    private Thread thread;

    public CatalogWatcher(CatalogReloader reloader, Duration debounce) {
        this.reloader = reloader;
        this.debounce = debounce;
        Path c = reloader.catalog().toAbsolutePath();
        this.folder = Files.isDirectory(c) ? c : c.getParent();
        this.onlyFile = Files.isDirectory(c) ? null : c.getFileName();
    }

    public synchronized void start() {
        if (thread != null) return;
        try {
            watcher = FileSystems.getDefault().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            log.warn("cannot watch {} for catalog edits ({}); use POST /admin/reload", folder, e.getMessage());
            return;
        }
        thread = new Thread(this::loop, "catalog-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("watching {} for catalog edits", folder);
    }

    public synchronized boolean watching() {
        return thread != null && thread.isAlive();
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                // Debounce: keep absorbing events until the folder has been quiet for the debounce time.
                while (true) {
                    WatchKey more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS);
                    if (more == null) break;
                    relevant |= drain(more);
                }
                if (relevant) reloader.reload("watcher");
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true;
                continue;
            }
            Path name = (Path) e.context();
            // The aliases file beside the catalog is part of it: an edit reloads too.
            relevant |= (onlyFile == null ? name.toString().endsWith(".md") : name.equals(onlyFile))
                    || name.toString().equals(org.catalogchat.catalog.CatalogAliases.FILE);
        }
        key.reset();
        return relevant;
    }

    @Override
    public synchronized void close() {
        if (thread == null) return;
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("closing the watch service", e);
        }
        thread = null;
    }
}
