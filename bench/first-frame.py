#!/usr/bin/env python3
"""Start to the first frame, measured from outside the JVM, with nothing in between: each command runs on a
pseudo-terminal of 160x45 (which answers the screen-size question a terminal answers), and the clock runs from the
fork to the moment the header's bytes reach the terminal. Several builds alternate in one run, each with a cache
folder of its own (so each launcher keeps its own class-data archive); two unmeasured starts per build come first.

  bench/first-frame.py [RUNS] [LABEL=COMMAND ...]
  bench/first-frame.py 10                                   the launcher, then java -jar
  bench/first-frame.py 10 before=../old/target/vibecheck after=target/vibecheck
  BENCH_RTT_MS=50 bench/first-frame.py 10    the terminal answers its size question 50 ms late, as over SSH
"""
import glob, os, pty, select, shlex, signal, struct, sys, tempfile, termios, fcntl, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RTT = float(os.environ.get("BENCH_RTT_MS", "0")) / 1000

def once(cmd, cache, transcripts, linger=0.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["XDG_CACHE_HOME"] = cache
        os.environ["TERM"] = "xterm-256color"
        os.chdir(ROOT)
        os.execvp(cmd[0], cmd + ["--transcripts", transcripts])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 45, 160, 0, 0))
    start, seen, took = time.monotonic(), b"", None
    while time.monotonic() - start < 10 and took is None:
        if not select.select([fd], [], [], 0.05)[0]:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if b"\x1b[6n" in data:
            time.sleep(RTT)  # the round trip to a terminal at the far end of an SSH link
            os.write(fd, b"\x1b[45;160R")  # where the cursor is: how a terminal tells its size
        seen += data
        if b"session" in seen:
            took = time.monotonic() - start
    time.sleep(linger)
    os.kill(pid, signal.SIGTERM)
    try:
        while select.select([fd], [], [], 1.0)[0]:
            os.read(fd, 65536)
    except OSError:
        pass
    os.waitpid(pid, 0)
    return took

def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    pairs = [a.split("=", 1) for a in sys.argv[2:]] or [["launcher", "target/vibecheck"], ["java -jar", "java -jar target/vibecheck.jar"]]
    work = tempfile.mkdtemp(prefix="vibecheck-first-frame-")
    builds = [(label, shlex.split(cmd), os.path.join(work, "cache%d" % i)) for i, (label, cmd) in enumerate(pairs)]
    transcripts = os.path.join(work, "transcripts")
    for label, cmd, cache in builds:  # the launcher writes its archive on the first start: it is in place before any is measured
        for _ in range(5):
            once(cmd, cache, transcripts, linger=1.0)
            for _ in range(100):
                if glob.glob(os.path.join(cache, "vibecheck", "classes-*.jsa")):
                    break
                time.sleep(0.1)
            if glob.glob(os.path.join(cache, "vibecheck", "classes-*.jsa")) or "vibecheck.jar" in " ".join(cmd):
                break
        once(cmd, cache, transcripts)
    results = {label: [] for label, _, _ in builds}
    for _ in range(runs):
        for label, cmd, cache in builds:
            results[label].append(once(cmd, cache, transcripts))
            time.sleep(0.3)
    print("start to the first frame (fork to the header on the terminal), %d runs each, load %.2f%s" % (runs, os.getloadavg()[0],
          ", size questions answered %d ms late" % (RTT * 1000) if RTT else ""))
    for label, ts in results.items():
        ok = sorted(t for t in ts if t is not None)
        if not ok:
            print("%-10s no frame within 10 s" % label)
            continue
        print("%-10s median %4.0f ms   range %4.0f-%4.0f ms%s" % (label, ok[len(ok) // 2] * 1000, ok[0] * 1000, ok[-1] * 1000,
              "" if len(ok) == len(ts) else "   (%d without a frame)" % (len(ts) - len(ok))))

if __name__ == "__main__":
    main()
