package vibecheck.cli;

/**
 * Loads the classes the first screen needs on a background thread, so that the JVM reads them from the jar on
 * one core while the other parses the config. Only start-up time changes; nothing is initialised twice.
 */
final class Warmup {
    private static final String[] CLASSES = {
        "com.googlecode.lanterna.screen.TerminalScreen",
        "com.googlecode.lanterna.terminal.ansi.UnixTerminal",
        "com.googlecode.lanterna.input.InputDecoder",
        "com.googlecode.lanterna.input.DefaultKeyDecodingProfile",
        "com.googlecode.lanterna.TextCharacter",
        "com.googlecode.lanterna.screen.ScreenBuffer",
        "vibecheck.app.App",
        "vibecheck.ui.Renderer",
        "vibecheck.ui.PanelPainter",
        "vibecheck.ui.Theme",
        "vibecheck.core.Update",
    };

    private Warmup() {}

    /** After the first screen: what the first message needs (JSON for requests and transcripts). */
    static void later() {
        Thread t = new Thread(() -> {
            vibecheck.protocol.Json.MAPPER.createObjectNode();
            var transcripts = vibecheck.transcript.TranscriptStore.mapper();
            transcripts.getSerializationConfig();
            // a finished reply is saved with its metrics: Jackson builds that serializer by reflection (100 ms or
            // more on a busy machine), here rather than on the UI thread just as the last token arrives
            transcripts.valueToTree(vibecheck.stream.Metrics.NONE);
        }, "warmup-later");
        t.setDaemon(true);
        t.start();
    }

    static void start() {
        Thread t = new Thread(() -> {
            ClassLoader loader = Warmup.class.getClassLoader();
            for (String name : CLASSES) {
                try {
                    Class.forName(name, true, loader);
                } catch (Throwable ignored) {
                    // only a speed-up: anything missing is loaded when first used
                }
            }
        }, "warmup");
        t.setDaemon(true);
        t.start();
    }
}
