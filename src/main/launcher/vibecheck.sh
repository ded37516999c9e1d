#!/bin/sh
# vibecheck: this file is the program, a shell header with the jar after it (`java -jar` on it works too).
# The JVM would size its heap from the machine's memory (gigabytes on a GPU box) and spend its first seconds
# compiling; a terminal program wants neither. The settings below were chosen by measurement (README, Speed):
# a heap that starts small, grows as needed and gives back what a collection frees (at most 30% of it kept free:
# about 20 MB less after six long replies, at no measurable CPU), a young generation of 10 MB from the start (the
# 4 MB it would start with filled up just before the first frame, and collecting it took 11-15 ms of the start-up),
# the serial collector, the quick compiler only, and a class-data archive written at the end of the first run and
# used from then on. VIBECHECK_JAVA_OPTS adds or overrides.
self=$0
case $self in */*) ;; *) self=$(command -v -- "$self") ;; esac
java=java
[ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ] && java=$JAVA_HOME/bin/java
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/vibecheck
cds=
if [ -z "$VIBECHECK_NO_CDS" ] && mkdir -p "$cache" 2>/dev/null; then
  archive=$cache/classes-@BUILD@.jsa
  if [ -s "$archive" ]; then
    cds="-XX:SharedArchiveFile=$archive"
  else
    case $1 in
      ""|--config|--transcripts|--blind|--no-blind|--discover|review)
        # a full-screen session loads what later starts need: its classes are archived when it ends
        rm -f "$cache"/classes-*.jsa 2>/dev/null
        cds="-XX:ArchiveClassesAtExit=$archive" ;;
    esac
  fi
fi
exec "$java" $cds -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -Xms16m -XX:NewSize=10m -Xmx2g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
  -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 $VIBECHECK_JAVA_OPTS -jar "$self" "$@"
exit 127
