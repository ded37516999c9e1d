package vibecheck.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw loopback HTTP server for what MockWebServer cannot show: it runs a script that writes the response by hand
 * (bytes, flushes, pauses) and notices when the client closes the connection, as a real server does when a
 * reply is cancelled (its next write fails).
 */
public final class RawServer implements AutoCloseable {
    /** Writes one response; throws IOException when the client has gone. */
    public interface Script {
        void respond(RawServer server, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Thread acceptor;
    private final Script script;
    public final CountDownLatch clientGone = new CountDownLatch(1);
    public final AtomicInteger linesWritten = new AtomicInteger();

    public RawServer(Script script) throws IOException {
        this.script = script;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Streams Ollama lines, one every 5 ms, for up to 30 s. */
    public static RawServer dripping() throws IOException {
        return new RawServer((server, out) -> {
            long end = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < end) {
                server.write(out, "{\"message\":{\"content\":\"tok \"},\"done\":false}\n");
                server.linesWritten.incrementAndGet();
                Thread.sleep(5);
            }
        });
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                readRequest(s.getInputStream());
                OutputStream out = s.getOutputStream();
                write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n");
                script.respond(this, out);
            } catch (IOException e) {
                if (!socket.isClosed()) clientGone.countDown(); // a write failed: the client closed the connection
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new IOException("request ended early");
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
        }
        in.readNBytes(length);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        acceptor.interrupt();
    }
}
