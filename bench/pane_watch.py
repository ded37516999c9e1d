# What reaches the terminal, as tmux's pipe-pane hands it over: every byte is appended to OUT, the moment the first
# frame's header ("vibecheck · session") appears is appended to SEEN as "first", and the moment each stream's last
# token ("zqend" + a letter, see steady_server.py) first appears in the bytes is appended to SEEN.
# READY, when given, is created once the watcher runs (a program started after it has every byte seen and stamped).
#   tmux pipe-pane -o "python3 bench/pane_watch.py OUT SEEN [READY]"
import os, re, sys, time
out = open(sys.argv[1], "ab", buffering=0); seen = open(sys.argv[2], "a", buffering=1)
mark = re.compile(rb"zqend([a-z])"); tail = b""; found = set()
if len(sys.argv) > 3: open(sys.argv[3], "w").close()
header = re.compile(rb"vibecheck \xc2\xb7\x00? session")  # (builds before 2026-11-27 wrote a NUL after the dot)
while True:
    chunk = os.read(0, 1 << 16)
    if not chunk: break
    now = time.time()
    out.write(chunk)
    if "first" not in found and header.search(tail + chunk):
        found.add("first"); seen.write("first %.6f\n" % now)
    for m in mark.finditer(tail + chunk):
        letter = m.group(1).decode()
        if letter not in found:
            found.add(letter); seen.write("%s %.6f\n" % (letter, now))
    tail = (tail + chunk)[-24:]
