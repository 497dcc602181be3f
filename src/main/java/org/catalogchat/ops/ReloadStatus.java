package org.catalogchat.ops;

import java.time.Instant;
import java.util.List;
import org.catalogchat.catalog.ParseProblem;

/**
 * What {@code GET /admin/status} shows: the catalog being served and the last reload attempt.
 *
 * @param lastReload null until the first reload attempt
 */
public record ReloadStatus(String catalogPath, int datasets, Instant servingSince, boolean watching,
                           Attempt lastReload, long reloadsOk, long reloadsFailed) {

    /** One reload attempt; {@code problems} holds each bad entry's file and line when it was rejected. */
    public record Attempt(Instant at, String trigger, boolean ok, int datasets, String message,
                          List<ParseProblem> problems, long durationMs) {
        public Attempt {
            problems = List.copyOf(problems);
        }
    }
}
