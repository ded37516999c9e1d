# What reaches the terminal, as tmux's pipe-pane hands it over: every byte is appended to OUT, and the moment each
# stream's last token ("zqend" + a letter, see steady_server.py) first appears in the bytes is appended to SEEN.
#   tmux pipe-pane -o "python3 bench/pane_watch.py OUT SEEN"
import os, re, sys, time
out = open(sys.argv[1], "ab", buffering=0); seen = open(sys.argv[2], "a", buffering=1)
mark = re.compile(rb"zqend([a-z])"); tail = b""; found = set()
while True:
    chunk = os.read(0, 1 << 16)
    if not chunk: break
    now = time.time()
    out.write(chunk)
    for m in mark.finditer(tail + chunk):
        letter = m.group(1).decode()
        if letter not in found:
            found.add(letter); seen.write("%s %.6f\n" % (letter, now))
    tail = (tail + chunk)[-8:]
