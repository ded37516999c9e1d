package vibecheck.support;

import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test with a fresh loopback server and a streaming engine harness for each test method. */
public abstract class LoopbackTest {
    protected MockWebServer server;
    protected Harness harness;

    @BeforeEach
    void startLoopback() throws Exception {
        server = new MockWebServer();
        server.start();
        harness = new Harness();
    }

    @AfterEach
    void stopLoopback() throws Exception {
        harness.close();
        server.shutdown();
    }

    /** The server's root URL without a trailing slash. */
    protected String base() {
        return server.url("/").toString().replaceAll("/$", "");
    }
}
