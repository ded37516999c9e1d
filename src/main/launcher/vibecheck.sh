#!/bin/sh
# vibecheck: this file is the program, a shell header with the jar after it (`java -jar` on it works too).
# The JVM would size its heap from the machine's memory (gigabytes on a GPU box) and spend its first seconds
# compiling; a terminal program wants neither. The settings below were chosen by measurement (README, Speed):
# a heap that starts small, grows as needed and gives back what a collection frees (at most 30% of it kept free:
# about 20 MB less after six long replies, at no measurable CPU), a young generation of 10 MB from the start (the
# 4 MB it would start with filled up just before the first frame, and collecting it took 11-15 ms of the start-up),
# the serial collector, the quick compiler only, and a class-data archive written at the end of the first
# full-screen session and used from then on. VIBECHECK_JAVA_OPTS adds or overrides.
#
# The archive is written by the JVM as that session ends, into a file of that run's own, and put in place by a
# watcher once the JVM is gone, only if the session showed its first screen (the program leaves a mark) and another
# JVM could open the archive: a JVM handed a half-written archive (the run killed while writing it, a full disk, a
# second start while the first was still writing) dies of SIGBUS before it starts, and would on every start after.
# An archive serves this file at this path only (the JVM quietly ignores it anywhere else): a copy, a newer file
# or another path writes its own. The cache folder must be the user's own: an archive is code the JVM loads unchecked.
self=$0
case $self in */*) ;; *) [ -f "$self" ] || self=$(command -v -- "$self") ;; esac
case $self in /*) ;; *) self=$PWD/$self ;; esac # the JVM keeps the path it was given in the archive
java=java
[ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ] && java=$JAVA_HOME/bin/java
opts="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -Xms16m -XX:NewSize=10m -Xmx2g
  -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
cache=
case $XDG_CACHE_HOME in /*) cache=$XDG_CACHE_HOME/vibecheck ;; *) case $HOME in /*) cache=$HOME/.cache/vibecheck ;; esac ;; esac
[ -n "$VIBECHECK_NO_CDS" ] && cache=
archive=$cache/classes-@BUILD@.jsa
if [ -n "$cache" ] && [ -s "$archive" ] && [ -O "$cache" ] && [ ! "$self" -nt "$archive" ] \
    && IFS= read -r made_for 2>/dev/null < "$archive.for" && [ "$made_for" = "$self" ]; then
  # shellcheck disable=SC2086 # $opts and $VIBECHECK_JAVA_OPTS are lists of options
  exec "$java" -XX:SharedArchiveFile="$archive" $opts $VIBECHECK_JAVA_OPTS -jar "$self" "$@"
fi
case $1 in
  ""|--config|--transcripts|--judge|--blind|--no-blind|--discover|review|judge) ;; # full screen: writes the archive
  *) cache= ;;
esac
if [ -n "$cache" ] && mkdir -p "$cache" 2>/dev/null && [ -O "$cache" ] && [ -w "$cache" ]; then
  for f in "$cache"/classes-*.part "$cache"/classes-*.part.shown; do # what writers that are gone left behind
    pid=${f##*.jsa.}
    [ -e "$f" ] && ! kill -0 "${pid%%.*}" 2>/dev/null && rm -f "$f"
  done
  # other builds' archives: the two written last stay (an installed copy beside a build being worked on)
  # shellcheck disable=SC2012
  ls -t "$cache"/classes-*.jsa 2>/dev/null | grep -v -F "$archive" | tail -n +3 | while IFS= read -r old; do rm -f "$old" "$old.for"; done
  part=$archive.$$.part
  (
    trap '' HUP # the terminal closing ends the session, not the watcher
    while kill -0 $$ 2>/dev/null; do sleep 1; done # $$: this process, the JVM once exec'd
    # shellcheck disable=SC2086 # the check leaves out VIBECHECK_JAVA_OPTS: a debugger's agent or a recording there
    if [ -e "$part.shown" ] && [ -s "$part" ] && "$java" -XX:SharedArchiveFile="$part" $opts -Xshare:on \
        -XX:ErrorFile=/dev/null -XX:-CreateCoredumpOnCrash -jar "$self" --version; then
      printf '%s\n' "$self" > "$archive.for.$$" && mv -f "$part" "$archive" && mv -f "$archive.for.$$" "$archive.for"
    fi
    rm -f "$part" "$part.shown" "$archive.for.$$"
  ) </dev/null >/dev/null 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
  VIBECHECK_ARCHIVE_MARK=$part.shown
  export VIBECHECK_ARCHIVE_MARK
  # shellcheck disable=SC2086
  exec "$java" -XX:ArchiveClassesAtExit="$part" $opts $VIBECHECK_JAVA_OPTS -jar "$self" "$@"
fi
# shellcheck disable=SC2086
exec "$java" $opts $VIBECHECK_JAVA_OPTS -jar "$self" "$@"
exit 127
