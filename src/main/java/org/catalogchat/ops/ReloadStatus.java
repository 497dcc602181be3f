package org.catalogchat.ops;

import java.util.List;
import org.catalogchat.catalog.ParseProblem;

/**
 * What {@code GET /admin/status} shows: the catalog being served and the last reload attempt.
 *
 * @param servingSince when the catalog being served was loaded (ISO-8601 UTC)
 * @param lastReload   null until the first reload attempt
 */
public record ReloadStatus(String catalogPath, int datasets, String servingSince, boolean watching,
                           Attempt lastReload, long reloadsOk, long reloadsFailed) {

    /** One reload attempt; {@code problems} holds each bad entry's file and line when it was rejected. */
    public record Attempt(String at, String trigger, boolean ok, int datasets, String message,
                          List<ParseProblem> problems, long durationMs) {
        public Attempt {
            problems = List.copyOf(problems);
        }
    }
}
