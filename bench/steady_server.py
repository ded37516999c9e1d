# A steady Ollama-style chat server for bench/whole-process.sh: every POST streams RATE tokens a second for SECS
# seconds, then one last token that names the stream ("zqend" + a letter from its model's number, on a line of its
# own) and the end. When STAMPS is given, the moment each last token was sent is appended to it: "letter seconds".
#   python3 bench/steady_server.py PORT RATE SECS [STAMPS]
import http.server, socketserver, sys, json, time, threading
RATE = float(sys.argv[2]); SECS = float(sys.argv[3]); STAMPS = sys.argv[4] if len(sys.argv) > 4 else None
WORDS = "the model answers with many small tokens like these and some longer ones too\n".split(" ")
LINES = [(json.dumps({"message": {"content": w + " "}, "done": False}) + "\n").encode() for w in WORDS]
lock = threading.Lock()

def marker(model):
    digits = "".join(c for c in model if c.isdigit())
    return "zqend" + chr(ord("a") + (int(digits) % 26 if digits else 0))

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def do_GET(self):
        b = b'{"models":[]}'; self.send_response(200); self.send_header("Content-Length", str(len(b))); self.end_headers(); self.wfile.write(b)
    def do_POST(self):
        n = int(self.headers.get("Content-Length", "0")); body = self.rfile.read(n)
        try: model = json.loads(body).get("model", "")
        except ValueError: model = ""
        self.send_response(200); self.send_header("Content-Type", "application/x-ndjson"); self.send_header("Connection", "close"); self.end_headers()
        t0 = time.time(); i = 0
        try:
            while time.time() - t0 < SECS:
                due = int((time.time() - t0) * RATE)
                if due > i:
                    self.wfile.write(b"".join(LINES[k % len(LINES)] for k in range(i, due))); i = due
                self.wfile.flush(); time.sleep(0.005)
            mark = marker(model)
            self.wfile.write((json.dumps({"message": {"content": "\n" + mark + "\n"}, "done": False}) + "\n").encode()); self.wfile.flush()
            sent = time.time()
            if STAMPS:
                with lock, open(STAMPS, "a") as f: f.write("%s %.6f\n" % (mark[-1], sent))
            self.wfile.write((json.dumps({"done": True, "done_reason": "stop", "eval_count": i + 1, "eval_duration": int(SECS * 1e9)}) + "\n").encode())
        except (BrokenPipeError, ConnectionResetError): pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
S(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
