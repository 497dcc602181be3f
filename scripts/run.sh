#!/usr/bin/env bash
# Runs target/catalog-chat.jar (same arguments as `java -jar`) with an AppCDS archive of its classes, which
# saves about a second of CPU at every start, and the C1 compiler only (below). JDK 17 cannot create the archive
# on the fly (-XX:+AutoCreateSharedArchive needs JDK 19), so this does it itself: the first run after a build records the
# classes it loaded into target/catalog-chat.jsa when it exits (a server: when stopped with Ctrl-C or SIGTERM),
# and later runs map them. A stale or broken archive is simply not used; the JVM checks it against the jar and
# itself. After a JDK update, delete target/catalog-chat.jsa so that the next run records a new one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=${CATALOG_CHAT_JAR:-$root/target/catalog-chat.jar}
jsa=${jar%.jar}.jsa
[ -f "$jar" ] || { echo "no $jar: build it first with mvn -q -DskipTests package" >&2; exit 2; }
if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ]; then
  cds=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
else
  rm -f "$jsa"
  cds=(-XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
# C1 only: at start-up the C2 compiler threads burn about a second of CPU on code that runs once (reading the
# index and dictionaries), and on the bundled catalog /api/ask p50 was no slower without it (docs/performance.md,
# "Cold start"). For a large catalog measure with JAVA_OPTS=-XX:TieredStopAtLevel=4, which wins (it comes later).
profile=(-XX:TieredStopAtLevel=1)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java "${cds[@]}" "${profile[@]}" ${JAVA_OPTS:-} -jar "$jar" "$@"
