#!/bin/sh
# vibecheck: this file is the program, a shell header with the jar after it (`java -jar` on it works too).
# The JVM would size its heap from the machine's memory (gigabytes on a GPU box) and spend its first seconds
# compiling; a terminal program wants neither. The settings below were chosen by measurement (README, Speed):
# a heap that starts small, grows as needed and gives back what a collection frees (at most 30% of it kept free:
# about 20 MB less after six long replies, at no measurable CPU), a young generation of 10 MB from the start (the
# 4 MB it would start with filled up just before the first frame, and collecting it took 11-15 ms of the start-up),
# the serial collector, the quick compiler only, and a class-data archive written at the end of the first run and
# used from then on. VIBECHECK_JAVA_OPTS adds or overrides.
#
# The archive is written by the JVM as the first full-screen session ends, into a file of that run's own, and put
# in place only once it is whole and a JVM has opened it: a JVM handed a half-written archive (the run killed while
# writing it, a full disk, a second start while the first was still writing) dies of SIGBUS before it starts, and
# would on every start after.
self=$0
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
java=java
[ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ] && java=$JAVA_HOME/bin/java
opts="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -Xms16m -XX:NewSize=10m -Xmx2g
  -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/vibecheck
archive=$cache/classes-@BUILD@.jsa
if [ -z "$VIBECHECK_NO_CDS" ] && [ -s "$archive" ]; then
  # shellcheck disable=SC2086 # $opts and $VIBECHECK_JAVA_OPTS are lists of options
  exec "$java" -XX:SharedArchiveFile="$archive" $opts $VIBECHECK_JAVA_OPTS -jar "$self" "$@"
fi
case $1 in
  ""|--config|--transcripts|--blind|--no-blind|--discover|review) writes=yes ;; # a full-screen session
  *) writes= ;;
esac
if [ -z "$VIBECHECK_NO_CDS" ] && [ -n "$writes" ] && mkdir -p "$cache" 2>/dev/null; then
  rm -f "$cache"/classes-*.jsa 2>/dev/null # other builds' archives
  find "$cache" -name 'classes-*.part' -mmin +60 -exec rm -f {} + 2>/dev/null # what cut-off writers left
  part=$archive.$$.part
  # Not exec: when the session ends, the archive is checked and put in place. Keys still come from the terminal
  # (a command in the background would read /dev/null). TERM or HUP sent to this process alone are passed on; sent
  # to the terminal's whole process group, the JVM has its own.
  exec 3<&0
  # shellcheck disable=SC2086
  "$java" -XX:ArchiveClassesAtExit="$part" $opts $VIBECHECK_JAVA_OPTS -jar "$self" "$@" <&3 3<&- &
  child=$!
  exec 3<&-
  trap 'kill -TERM $child 2>/dev/null' TERM
  trap 'kill -HUP $child 2>/dev/null' HUP
  trap ':' INT QUIT
  while :; do
    wait "$child"
    status=$?
    kill -0 "$child" 2>/dev/null || break
  done
  # shellcheck disable=SC2086
  if [ -s "$part" ] && "$java" -XX:SharedArchiveFile="$part" $opts -Xshare:on -XX:ErrorFile=/dev/null \
      -jar "$self" --version >/dev/null 2>&1; then
    mv -f "$part" "$archive" 2>/dev/null
  fi
  rm -f "$part" 2>/dev/null
  exit "$status"
fi
# shellcheck disable=SC2086
exec "$java" $opts $VIBECHECK_JAVA_OPTS -jar "$self" "$@"
exit 127
