package vibecheck.cli;

/** The help texts. */
final class Help {
    private Help() {}

    static final String MAIN = """
            vibecheck — compare language models side by side

            Usage:
              vibecheck [--config F] [--transcripts DIR]
                                                 the full-screen UI: every model answers side by side
              vibecheck ask [options] "prompt"   send one prompt to every contestant at once
              vibecheck models [--config F]      list what each configured server serves
              vibecheck --version                print the version
              vibecheck COMMAND --help           help for one command

            The config is looked up in this order: --config FILE, $VIBECHECK_CONFIG,
            ./config/vibecheck.json, ~/.config/vibecheck/config.json.
            In the UI, press ? for every key binding.
            """;

    static final String ASK = """
            Usage: vibecheck ask [options] "prompt"

            Sends the prompt to the chosen contestants at once. On a terminal their
            progress shows live; each reply is then printed whole under its name, in
            config order, followed by one summary line per contestant. The session is
            saved as a JSON transcript, whose path is printed on standard error.
            With no prompt argument (or "-"), the prompt is read from standard input.

            Options:
              --config FILE        config file (default: see `vibecheck --help`)
              --models a,b         only these contestants (default: all in the config)
              --system NAME        system prompt from the config's systemPrompts
              --temperature T      override every contestant's temperature (0 to 2)
              --transcripts DIR    where transcripts are saved (default: ./transcripts)

            Exit status: 0 every reply finished, 1 a reply failed or was interrupted,
            2 bad command line or config, 130 stopped by Ctrl-C (what arrived is saved).
            """;

    static final String MODELS = """
            Usage: vibecheck models [--config FILE]

            Asks every configured server which models it serves (Ollama /api/tags,
            OpenAI-compatible /v1/models) and marks the contestants with *. A server
            that cannot be reached gets one line saying why.

            Exit status: 0 every server answered, 1 one did not, 2 bad config.
            """;
}
