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
              vibecheck [--judge NAME]           J asks this LLM judge from the config (default: its first)
              vibecheck ask [options] "prompt"   send one prompt to every contestant at once
              vibecheck run SUITE [options]      every item of a suite to every contestant, unattended
              vibecheck suites                   list the built-in suites
              vibecheck judge RUN_DIR            judge a run item by item, blind
              vibecheck judge-llm PATH… [--judge NAME]
                                                 a configured LLM judge scores and compares the replies
              vibecheck review FILE [--blind | --no-blind] [--rebind]
                                                 score or re-score a saved session, or go on with it
              vibecheck export FILE [--out F]    a saved session as Markdown
              vibecheck models [--config F]      list what each configured server serves
              vibecheck report [PATH…]           add every score and vote up: the verdict, with its uncertainty
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

    static final String RUN = """
            Usage: vibecheck run SUITE [options]

            Sends every item of the suite to every chosen contestant, each item as its
            own conversation (an item's turns go in order, each after the previous
            reply), under each system prompt, as many times as repeat asks. SUITE is a
            YAML file (.yaml, .yml), a text file of prompts separated by lines of ---
            (.txt, .md), or a built-in suite (`vibecheck suites`); question sets kept
            elsewhere are read as they are: MT-Bench and Arena-Hard question files
            (.jsonl), promptfoo configs (.yaml with prompts and tests) and a column of
            a CSV file (.csv). A reference answer (MT-Bench) is kept for the person
            judging and never sent.

            Each conversation is saved as an ordinary transcript in the run folder, so
            review and export work on it. Run the same command with --out set to the
            same folder to go on: only what is missing is sent; a finished reply is
            never asked for twice.

            Options:
              --config FILE        config file (default: see `vibecheck --help`)
              --models a,b         only these contestants (default: the suite's models,
                                   else all in the config)
              --system a,b|all     system prompts to run every item under (default: the
                                   item's, else the suite's, else the config's default)
              --repeat N           sample every item N times (1 to 100; default: the
                                   item's or the suite's repeat, else 1)
              --out DIR            the run folder (default: a new folder named after the
                                   suite and the time, in the transcripts folder)
              --retry-failed       also send again the replies that failed or broke off
              --transcripts DIR    where the default run folder goes (default: ./transcripts)
              --tag a,b            only the items with one of these tags (an MT-Bench or
                                   Arena-Hard category, a CSV category column)
              --column NAME        the CSV column holding the prompts (default: the first)

            On a terminal one line shows progress (done/total, failures, streaming,
            elapsed, ETA); otherwise one line is printed per reply as it ends. Ctrl-C
            or SIGTERM stops the run; everything finished so far is saved.

            Exit status: 0 every reply finished, 1 a reply failed or was interrupted,
            2 bad command line, suite or config (file:line and what), 130 stopped.
            """;

    static final String JUDGE = """
            Usage: vibecheck judge RUN_DIR [--config F] [--no-blind] [--judge NAME]

            Opens a run folder (made by `vibecheck run`) in the UI one conversation at
            a time, at the first one not fully judged. Blind by default: panels are
            titled A, B, C… in an order drawn afresh for every item and recorded with
            it. The header shows the item (item 7/40) and how much of the run is judged.

            Keys: < and > the previous and next item; N the next item not fully judged;
            1-5 score, [ ] criterion (the item's own criteria when the suite names them),
            v vote, n note, c every score; ? every key. Each is saved at once into that
            item's transcript. An item counts as judged when it has a vote or every
            reply has a score on each of its criteria. J asks the config's first LLM
            judge about the item (--judge NAME another); its scores show apart, as j:4.
            """;

    static final String SUITES = """
            Usage: vibecheck suites

            Lists the suites built into the program, with how many items each has and
            what it is for. Run one with `vibecheck run NAME`.
            """;

    static final String MODELS = """
            Usage: vibecheck models [--config FILE]

            Asks every configured server which models it serves (Ollama /api/tags,
            OpenAI-compatible /v1/models) and marks the contestants with *. A server
            that cannot be reached gets one line saying why.

            Exit status: 0 every server answered, 1 one did not, 2 bad config.
            """;


    static final String REVIEW = """
            Usage: vibecheck review FILE [--config F] [--blind | --no-blind] [--rebind]

            Opens a saved transcript in the UI. Every turn can be scored or re-scored
            (< and > choose the turn; 1-5 score, [ ] criterion, v vote, n note) and the
            conversation can go on with a new message. A session never judged, or last
            judged blind, opens blind. Changes are saved back into FILE; earlier scores
            stay as history, and what was recorded is never rewritten (opening and
            quitting leaves FILE as it was). If another vibecheck has FILE open, it
            opens read-only.

            New messages go to the server, model and parameters the transcript recorded
            for each contestant; --rebind sends them to the current config's contestant
            of the same name instead. Each reply records where it really went.
            J asks the config's first LLM judge about the turn (--judge NAME another).
            """;

    static final String EXPORT = """
            Usage: vibecheck export FILE [--out F] [--config F]

            Writes the session as Markdown: each turn's message and system prompt, each
            model's reply under its name (reasoning folded away), the metrics, and the
            scores and votes. Default output: FILE with .md instead of .json; --out -
            writes to standard output.
            """;

    static final String REPORT = """
            Usage: vibecheck report [PATH…] [--format text|md|json|csv|html] [--out F]
                                    [--seed N] [--blind-only] [--rater NAME] [--config F]

            Adds up every current judgement in the transcripts (files, or folders searched
            recursively; default ./transcripts): per criterion and contestant the mean score
            with its 95% bootstrap interval, the same per system prompt and the persona
            shift against none; Bradley–Terry ratings from the votes on the Elo scale with
            their intervals, and whether neighbours are told apart; what was left out and
            why; position bias, consistency on repeated questions, agreement between
            raters; which criteria your votes follow; style and speed per contestant.

              --format F     text (default), md, json, csv (one row per figure) or html
                             (one self-contained file with charts)
              --out F        write to F instead of standard output
              --seed N       the bootstrap's seed (default 1): the same seed, the same figures
              --blind-only   only judgements made while the names were hidden
              --rater NAME   only this rater's judgements
            """;

    static final String JUDGE_LLM = """
            Usage: vibecheck judge-llm PATH… [--judge NAME] [--criteria a,b] [--per-criterion]

            Asks an LLM judge from the config's "judges" about transcripts (files, or
            every transcript in a folder such as a run folder): every finished reply
            is scored 1-5 on each criterion (a suite item's own criteria when it names
            them), and every two replies of a turn are compared overall, each pair in
            both orders (a verdict that changes with the order is a tie marked
            inconsistent). The judge sees the messages and the replies, never a name.
            Its judgements go into each transcript apart from yours; `vibecheck report`
            shows them beside yours, with how far they agree. Run again, it asks only
            what that judge has not answered with the same prompts and texts.

            Options:
              --config FILE        config file (default: see `vibecheck --help`)
              --judge NAME         which judge (default: the first in the config)
              --criteria a,b       score only these criteria
              --per-criterion      also compare each pair on every criterion
              --no-pairs           scores only
              --no-scores          comparisons only
              --retry-unparsed     ask again what the judge answered unreadably before

            Exit status: 0 everything asked was answered (an answer that could not be
            read twice is recorded as unparsed), 1 some question failed or a file
            could not be written, 2 bad command line, config or transcript, 130
            stopped by Ctrl-C or SIGTERM (what was judged is saved).
            """;
}
