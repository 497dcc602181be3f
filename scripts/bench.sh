#!/bin/sh
# Runs the developer tools kept out of the production jar (src/test/java/org/catalogchat/bench):
#   scripts/bench.sh bench [--catalog PATH] [--scale 1000,10000] [--plot PNG]
#   scripts/bench.sh generate --entries N --out DIR
#   scripts/bench.sh recall --catalog PATH
# A JVM of its own (not Maven's), so heap and CPU figures are the tool's alone. JAVA_OPTS passes JVM flags
# (default -Xmx3g); run it under `nice` on a shared machine. Build the jar first (mvn -q package -DskipTests)
# for the cold-start and restart rows, which launch `java -jar target/catalog-chat.jar`.
set -e
cd "$(dirname "$0")/.."
mvn -q -o test-compile 2>/dev/null || mvn -q test-compile
cp=target/bench-classpath.txt
if [ ! -s "$cp" ] || [ pom.xml -nt "$cp" ]; then
  mvn -q -o org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null 2>&1 \
  || mvn -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
fi
exec java ${JAVA_OPTS:--Xmx3g} -cp "target/test-classes:target/classes:$(cat "$cp")" org.catalogchat.bench.BenchMain "$@"
