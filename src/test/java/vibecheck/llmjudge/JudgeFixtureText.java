package vibecheck.llmjudge;

/** The fixture transcript's text, for tests in other packages. */
public final class JudgeFixtureText {
    public static final String TRANSCRIPT = JudgeFixture.TRANSCRIPT;

    private JudgeFixtureText() {}
}
