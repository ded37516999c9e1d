import http.server, socketserver, sys, json, time
RATE=float(sys.argv[2]); SECS=float(sys.argv[3])
class H(http.server.BaseHTTPRequestHandler):
    protocol_version="HTTP/1.1"
    def log_message(self,*a): pass
    def do_GET(self):
        b=b'{"models":[]}'; self.send_response(200); self.send_header("Content-Length",str(len(b))); self.end_headers(); self.wfile.write(b)
    def do_POST(self):
        n=int(self.headers.get("Content-Length","0")); self.rfile.read(n)
        self.send_response(200); self.send_header("Content-Type","application/x-ndjson"); self.send_header("Connection","close"); self.end_headers()
        words="the model answers with many small tokens like these and some longer ones too\n".split(" ")
        t0=time.time(); i=0
        try:
            while time.time()-t0 < SECS:
                due=int((time.time()-t0)*RATE)
                while i<due:
                    self.wfile.write((json.dumps({"message":{"content":words[i%len(words)]+" "},"done":False})+"\n").encode()); i+=1
                self.wfile.flush(); time.sleep(0.005)
            self.wfile.write((json.dumps({"done":True,"done_reason":"stop","eval_count":i,"eval_duration":int(SECS*1e9)})+"\n").encode())
        except (BrokenPipeError, ConnectionResetError): pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads=True
S(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
