#!/usr/bin/env bash
# Runs the packaged hub like `java -jar target/third-sector-hub.jar [arguments]`, but restarting in about
# 5 s instead of 9 on a 2-core machine: the jar is extracted once and a class data sharing archive of the
# classes the hub loads at start is recorded by one training start (Spring Boot's documented way), so later
# starts map those classes instead of finding, reading and verifying them one by one in nested jars.
#
#   scripts/run-hub.sh [hub arguments...]          e.g. scripts/run-hub.sh --spring.profiles.active=demo
#
# JAR (default target/third-sector-hub.jar), HUB_LAUNCH_DIR (default target/launch) and JAVA_OPTS may be set.
# A new jar is noticed (by its size and time) and extracted and trained again.
set -euo pipefail

jar=${JAR:-target/third-sector-hub.jar}
launch=${HUB_LAUNCH_DIR:-target/launch}
[[ -f $jar ]] || { echo "no $jar: run ./mvnw -DskipTests package first" >&2; exit 1; }
stamp=$(stat -c '%s %Y' "$jar")
app=$launch/app/$(basename "$jar")

if [[ ! -f $launch/stamp || $(cat "$launch/stamp") != "$stamp" || ! -f $launch/hub.jsa ]]; then
  echo "Preparing $launch for fast starts (once per jar)..." >&2
  rm -rf "$launch"
  mkdir -p "$launch"
  java -Djarmode=tools -jar "$jar" extract --destination "$launch/app" >/dev/null
  # The training start stops as soon as the application context is ready, so it serves nobody.
  java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$launch/hub.jsa" -Dspring.context.exit=onRefresh \
      -jar "$app" "$@" >"$launch/training.log" 2>&1 \
      || { echo "The training start failed; see $launch/training.log" >&2; exit 1; }
  echo "$stamp" >"$launch/stamp"
fi

exec java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$launch/hub.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$app" "$@"
