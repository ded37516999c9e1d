package vibecheck.cli;

/** The help texts. */
final class Help {
    private Help() {}

    static final String MAIN = """
            vibecheck — compare language models side by side

            Usage:
              vibecheck [--config F] [--transcripts DIR]
                                                 the full-screen UI: every model answers side by side
              vibecheck [--blind]                start blind: panels titled A, B, C… in a random order
              vibecheck [--discover]             look for model servers here and pick from them, even
                                                 with a config (m does the same in the UI)
              vibecheck ask [options] "prompt"   send one prompt to every contestant at once
              vibecheck review FILE [--blind | --no-blind]
                                                 score or re-score a saved session, or go on with it
              vibecheck export FILE [--out F]    a saved session as Markdown
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


    static final String REVIEW = """
            Usage: vibecheck review FILE [--config F] [--blind | --no-blind]

            Opens a saved transcript in the UI. Every turn can be scored or re-scored
            (< and > choose the turn; 1-5 score, [ ] criterion, v vote, n note) and the
            conversation can go on with a new message. A session never judged opens
            blind. Changes are saved back into FILE; earlier scores stay as history.
            """;

    static final String EXPORT = """
            Usage: vibecheck export FILE [--out F] [--config F]

            Writes the session as Markdown: each turn's message and system prompt, each
            model's reply under its name (reasoning folded away), the metrics, and the
            scores and votes. Default output: FILE with .md instead of .json; --out -
            writes to standard output.
            """;
}
