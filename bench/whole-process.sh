#!/usr/bin/env bash
# What a user pays, measured from outside the JVM: start to the first frame, whole-process CPU (from /proc), bytes
# that reach the terminal (tmux pipe-pane) and resident memory, while six panels stream at RATE tokens a second each
# for SECONDS, for `java -jar target/vibecheck.jar` and for the launcher `target/vibecheck`, alternating, with six
# `curl -N` on the same streams as the floor. Needs tmux, python3 and curl; build first (mvn -q -DskipTests package).
#   bench/whole-process.sh [RATE] [SECONDS] [RUNS]        e.g. bench/whole-process.sh 150 10 2
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-150}; secs=${2:-10}; runs=${3:-2}; port=18791
work=$(mktemp -d); trap 'tmux -L vcbench kill-server 2>/dev/null || true; kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
python3 bench/steady_server.py $port "$rate" "$secs" >/dev/null 2>&1 & server=$!
sleep 0.5
printf '{"providers":{"s":{"type":"ollama","baseUrl":"http://127.0.0.1:%s"}},"models":[' $port > "$work/c.json"
for i in 0 1 2 3 4 5; do printf '%s{"name":"m%s","provider":"s","model":"m%s"}' "$([ $i = 0 ] || echo ,)" $i $i >> "$work/c.json"; done
echo ']}' >> "$work/c.json"
tk=$(getconf CLK_TCK)
cpu_ms() { awk -v tk="$tk" '{print int(($14 + $15) * 1000 / tk)}' "/proc/$1/stat"; }
token_bytes=$(python3 -c "w='the model answers with many small tokens like these and some longer ones too\n'.split(' '); print(int(sum(len(x)+1 for x in w)/len(w)*6*$rate*$secs))")
measure() {
  local cmd=$1
  tmux -L vcbench kill-server 2>/dev/null || true
  : > "$work/pipe.out"
  local t0; t0=$(date +%s%N)
  tmux -L vcbench new-session -d -x 200 -y 50 "cd $work && exec $cmd --config $work/c.json --transcripts $work/t"
  tmux -L vcbench pipe-pane -o "cat >> $work/pipe.out"
  until tmux -L vcbench capture-pane -p | grep -q "vibecheck · session"; do sleep 0.01; done
  local start_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local pid; pid=$(tmux -L vcbench list-panes -F '#{pane_pid}')
  local c0 b0; c0=$(cpu_ms "$pid"); b0=$(stat -c %s "$work/pipe.out")
  tmux -L vcbench send-keys "go" Enter
  sleep $((secs + 1))
  local c1 b1 rss; c1=$(cpu_ms "$pid"); b1=$(stat -c %s "$work/pipe.out"); rss=$(ps -o rss= -p "$pid")
  printf '%-45s first frame %5d ms · CPU %5.1f%% of a core · %6d bytes to the terminal (%.1f per token byte) · RSS %4d MB\n' \
    "$cmd" "$start_ms" "$(echo "($c1 - $c0) / (($secs + 1) * 10)" | bc -l)" $((b1 - b0)) "$(echo "($b1 - $b0) / $token_bytes" | bc -l)" $((rss / 1024))
  tmux -L vcbench kill-server 2>/dev/null || true
}
floor() {
  local TIMEFORMAT='%U %S' t
  t=$( { time ( for i in 0 1 2 3 4 5; do
        curl -sN -X POST -d "{\"model\":\"m$i\",\"messages\":[]}" "http://127.0.0.1:$port/api/chat" > /dev/null &
      done; wait ) ; } 2>&1 )
  printf '%-45s CPU %5.1f%% of a core (six curl -N on the same streams: what merely receiving them costs)\n' \
    "curl floor" "$(echo "$t" | awk -v s="$secs" '{print ($1 + $2) * 100 / s}')"
}
echo "six panels × $rate tok/s × ${secs} s ≈ $token_bytes bytes of token text; $(nproc) cores; $(uptime | sed 's/.*load/load/')"
for r in $(seq 1 "$runs"); do
  measure "java -jar $PWD/target/vibecheck.jar"
  measure "$PWD/target/vibecheck"
done
floor
