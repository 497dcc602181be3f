package org.catalogchat.ops;

import java.util.List;
import org.catalogchat.catalog.ParseProblem;

/**
 * What {@code GET /admin/status} shows: the catalog being served and the last reload attempt.
 *
 * @param servingSince when the catalog being served was loaded (ISO-8601 UTC)
 * @param reloading    true while a reload is waiting or running (the catalog above still serves meanwhile)
 * @param lastReload   null until the first reload attempt
 */
public record ReloadStatus(String catalogPath, int datasets, String servingSince, boolean watching,
                           boolean reloading, Attempt lastReload, long reloadsOk, long reloadsFailed) {

    /** One reload attempt; {@code problems} holds each bad entry's file and line when it was rejected. */
    public record Attempt(String at, String trigger, boolean ok, int datasets, String message,
                          List<ParseProblem> problems, long durationMs) {
        public Attempt {
            problems = List.copyOf(problems);
        }
    }
}
