#!/usr/bin/env bash
# What a user pays, measured from outside the JVM, while six panels stream at RATE tokens a second each for SECONDS
# (tmux 200x50): start to the first frame, whole-process CPU (from /proc), bytes that reach the terminal and frames
# (one write each, counted by their synchronized-output marks in tmux's pipe-pane), how long after the server sent it
# the last token of the six streams reached the terminal, and resident memory at the end. Both launch modes,
# `java -jar target/vibecheck.jar` and the launcher `target/vibecheck`, alternate; six `curl -N` on the same
# streams are the floor. BENCH_ALSO=DIR measures DIR/vibecheck.jar and DIR/vibecheck too (an earlier build, side by
# side in the same run). Needs tmux, python3 and curl; build first (mvn -q -DskipTests package).
#   bench/whole-process.sh [RATE] [SECONDS] [RUNS]        e.g. bench/whole-process.sh 150 10 2
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-150}; secs=${2:-10}; runs=${3:-2}; port=${BENCH_PORT:-18791}
work=$(mktemp -d); server=
trap 'tmux -L vcbench kill-server 2>/dev/null || true; [ -n "$server" ] && kill $server 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
python3 bench/steady_server.py $port "$rate" "$secs" "$work/sent" >/dev/null 2>&1 & server=$!
sleep 0.5
printf '{"providers":{"s":{"type":"ollama","baseUrl":"http://127.0.0.1:%s"}},"models":[' $port > "$work/c.json"
for i in 0 1 2 3 4 5; do printf '%s{"name":"m%s","provider":"s","model":"m%s"}' "$([ $i = 0 ] || echo ,)" $i $i >> "$work/c.json"; done
echo ']}' >> "$work/c.json"
tk=$(getconf CLK_TCK)
cpu_ms() { awk -v tk="$tk" '{print int(($14 + $15) * 1000 / tk)}' "/proc/$1/stat"; }
token_bytes=$(python3 -c "w='the model answers with many small tokens like these and some longer ones too\n'.split(' '); print(int(sum(len(x)+1 for x in w)/len(w)*6*$rate*$secs))")
commands=("java -jar $PWD/target/vibecheck.jar" "$PWD/target/vibecheck")
if [ -n "${BENCH_ALSO:-}" ]; then commands+=("java -jar $BENCH_ALSO/vibecheck.jar" "$BENCH_ALSO/vibecheck"); fi

# each command gets a cache of its own, so the launcher's class-data archive is its own build's (written here once)
cache_of() { echo "$work/cache-$(echo "$1" | cksum | cut -d' ' -f1)"; }
start() { # COMMAND: starts it in a fresh tmux, its output watched; returns once the first frame is on screen
  tmux -L vcbench kill-server 2>/dev/null || true
  : > "$work/pipe.out"; : > "$work/seen"; : > "$work/sent"; rm -f "$work/watched" "$work/t0"
  # the command waits until its output is watched (the watcher stamps the first frame's arrival, and says when it
  # runs): nothing polls the screen while the program starts, and the clock starts when the command does
  tmux -L vcbench new-session -d -x 200 -y 50 "cd $work && until [ -e $work/watched ]; do sleep 0.01; done; date +%s.%N > $work/t0; XDG_CACHE_HOME=$(cache_of "$1") exec $1 --config $work/c.json --transcripts $work/t"
  tmux -L vcbench pipe-pane -o "exec python3 $PWD/bench/pane_watch.py $work/pipe.out $work/seen $work/watched"
  until grep -q '^first ' "$work/seen" 2>/dev/null; do sleep 0.05; done
  start_ms=$(python3 -c "import sys; print(int((float(sys.argv[1]) - float(sys.argv[2])) * 1000))" "$(awk '/^first /{print $2}' "$work/seen")" "$(cat "$work/t0")")
  rm -f "$work/watched"
}
for cmd in "${commands[@]}"; do # a first session writes the launcher's archive; nothing of it is measured
  start "$cmd"; sleep 1; tmux -L vcbench kill-server 2>/dev/null || true
  for _ in $(seq 300); do pgrep -f "$(cache_of "$cmd")" >/dev/null || break; sleep 0.1; done # its archive written whole
  case $cmd in *.jar) ;; *) for _ in $(seq 100); do ls "$(cache_of "$cmd")"/vibecheck/classes-*.jsa >/dev/null 2>&1 && break; sleep 0.1; done ;; esac # and put in place
done
measure() {
  local cmd=$1 pid c0 b0 c1 b1 rss frames latency
  start "$cmd"
  pid=$(tmux -L vcbench list-panes -F '#{pane_pid}')
  c0=$(cpu_ms "$pid"); b0=$(stat -c %s "$work/pipe.out")
  tmux -L vcbench send-keys "go" Enter
  sleep $((secs + 1))
  c1=$(cpu_ms "$pid"); b1=$(stat -c %s "$work/pipe.out"); rss=$(ps -o rss= -p "$pid")
  for _ in $(seq 100); do [ "$(grep -vc "^first " "$work/seen")" -ge 6 ] && break; sleep 0.1; done # a lagging screen, 10 s more
  frames=$(python3 -c "import sys; print(open(sys.argv[1],'rb').read()[$b0:$b1].count(b'\x1b[?2026h'))" "$work/pipe.out")
  latency=$(python3 - "$work/sent" "$work/seen" <<'PY'
import sys
sent = dict(l.split() for l in open(sys.argv[1]) if l.strip()); seen = dict(l.split() for l in open(sys.argv[2]) if l.strip())
late = [float(seen[k]) - float(v) for k, v in sent.items() if k in seen]
print("%5d ms" % (max(late) * 1000) if len(late) == 6 else "%d of 6 seen" % len(late))
PY
)
  printf '%-40s first frame %5d ms · CPU %5.1f%% · %8d bytes (%5.1f per token byte) · %5.1f frames/s · last token +%s · RSS %4d MB\n' \
    "$(echo "$cmd" | sed "s|$PWD/||")" "$start_ms" "$(echo "($c1 - $c0) / (($secs + 1) * 10)" | bc -l)" $((b1 - b0)) \
    "$(echo "($b1 - $b0) / $token_bytes" | bc -l)" "$(echo "$frames / $secs" | bc -l)" "$latency" $((rss / 1024))
  tmux -L vcbench kill-server 2>/dev/null || true
}
floor() {
  local TIMEFORMAT='%U %S' t
  t=$( { time ( for i in 0 1 2 3 4 5; do
        curl -sN -X POST -d "{\"model\":\"m$i\",\"messages\":[]}" "http://127.0.0.1:$port/api/chat" > /dev/null &
      done; wait ) ; } 2>&1 )
  printf '%-40s CPU %5.1f%% (six curl -N on the same streams: what merely receiving them costs)\n' \
    "curl floor" "$(echo "$t" | awk -v s="$secs" '{print ($1 + $2) * 100 / s}')"
}
echo "six panels × $rate tok/s × ${secs} s ≈ $token_bytes bytes of token text; CPU is the share of one core; $(nproc) cores; $(uptime | sed 's/.*load/load/')"
for r in $(seq 1 "$runs"); do
  for cmd in "${commands[@]}"; do measure "$cmd"; done
done
floor
