package vibecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vibecheck.support.UiFixture.key;
import static vibecheck.support.UiFixture.type;

import java.util.List;
import org.junit.jupiter.api.Test;
import vibecheck.keys.Mode;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.support.UiFixture;

/** The update function alone: messages in, state and effects out. */
class UpdateTest {
    @Test
    void sendingStartsOneReplyPerContestantAndSavesAndStaysInThePrompt() {
        UiState s = UiFixture.state("a", "b", "c");
        type(s, "hi");
        List<Effect> fx = Update.apply(s, new Msg.Key("Enter", null));
        Effect.Start start = assertInstanceOf(Effect.Start.class, fx.get(0));
        assertEquals(3, start.replies().size());
        assertInstanceOf(Effect.Save.class, fx.get(1));
        assertEquals(Mode.PROMPT, s.mode);
        assertEquals(0, s.focus);
    }

    @Test
    void noScoreOrVoteOnRepliesStillComingAndAFailedReplyWithoutTextCannotWinAPair() {
        UiState s = UiFixture.state("a", "b");
        type(s, "hi");
        key(s, "Enter");
        key(s, "Esc");
        key(s, "4");
        assertTrue(s.status.contains("is still answering"), s.status);
        assertTrue(s.session.turns().get(0).replies().get(0).scoreSheet().current().isEmpty());
        key(s, "v");
        assertTrue(s.status.contains("still coming"), s.status);
        assertTrue(s.session.turns().get(0).votes().isEmpty());

        UiFixture.event(s, new ReplyEvent.Ended("r1", ReplyState.FAILED, null, "boom", null, Metrics.NONE));
        UiFixture.finish(s, "r2", 100, 50.0, 10);
        key(s, "a"); // left (a, which failed with no text) better
        assertTrue(s.status.contains("cannot win or tie"), s.status);
        key(s, "b"); // right better: fine
        assertEquals(1, s.session.turns().get(0).votes().size());
    }

    @Test
    void aReplyCancelledFromTheKeyboardSaysSoInTheTranscript() {
        UiState s = UiFixture.state("a", "b");
        type(s, "hi");
        key(s, "Enter");
        key(s, "Esc");
        key(s, "x"); // cancel the focused reply
        UiFixture.event(s, new ReplyEvent.Ended("r1", ReplyState.CANCELLED, null, null, null, Metrics.NONE));
        assertEquals("cancelled by you", s.session.turns().get(0).replies().get(0).error());
        key(s, "X");
        key(s, "y"); // yes, cancel every reply
        UiFixture.event(s, new ReplyEvent.Ended("r2", ReplyState.CANCELLED, null, null, null, Metrics.NONE));
        assertEquals("cancelled by you (every reply)", s.session.turns().get(0).replies().get(1).error());
    }

    @Test
    void escAndAKeyJoinedInOneReadAreTakenAsTypedNotDropped() {
        UiState s = UiFixture.state("a", "b");
        type(s, "hi");
        key(s, "Enter");
        UiFixture.finish(s, "r1", 100, 50.0, 10);
        UiFixture.finish(s, "r2", 100, 50.0, 10);
        Update.apply(s, new Msg.Key("Alt-4", null)); // Esc then 4, as SSH may deliver them
        assertEquals(Mode.PANELS, s.mode);
        assertEquals(Integer.valueOf(4), s.session.turns().get(0).replies().get(0).scoreSheet().current().get("tone"));
        type(s, "i"); // back to the prompt; Alt-Enter there is a key of its own (a new line), never Esc and Enter
        type(s, "x");
        Update.apply(s, new Msg.Key("Alt-Enter", null));
        assertEquals(Mode.PROMPT, s.mode);
        assertEquals("x\n", s.prompt.text());
    }

    @Test
    void aMessageTypedWhileRepliesStreamWaitsInThePromptInsteadOfSendingAHalfHistory() {
        UiState s = UiFixture.state("a", "b");
        type(s, "hi");
        key(s, "Enter");
        type(s, "yes please");
        List<Effect> fx = Update.apply(s, new Msg.Key("Enter", null));
        assertTrue(fx.isEmpty(), fx.toString());
        assertEquals("yes please", s.prompt.text());
        assertTrue(s.status.contains("still streaming"), s.status);
        assertEquals(1, s.session.turns().size());
    }

    @Test
    void eventsForUnknownOrFinishedRepliesAreDropped() {
        UiState s = UiFixture.state("a");
        type(s, "hi");
        key(s, "Enter");
        Update.apply(s, new Msg.Reply(new ReplyEvent.Chunk("nope", "x", false)));
        Update.apply(s, new Msg.Reply(new ReplyEvent.Ended("r1", ReplyState.CANCELLED, null, null, null, Metrics.NONE)));
        Update.apply(s, new Msg.Reply(new ReplyEvent.Chunk("r1", "late", false)));
        assertEquals("", s.session.reply("r1").text());
        assertEquals(ReplyState.CANCELLED, s.session.reply("r1").state());
    }

    @Test
    void focusWrapsAndScrollingStopsFollowing() {
        UiState s = UiFixture.state("a", "b");
        s.mode = Mode.PANELS;
        key(s, "Left");
        assertEquals(1, s.focus);
        key(s, "Tab");
        assertEquals(0, s.focus);
        s.panels.get(0).maxTop = 10;
        key(s, "Up");
        assertEquals(false, s.panels.get(0).follow);
        assertEquals(9, s.panels.get(0).top);
        key(s, "End");
        assertTrue(s.panels.get(0).follow);
    }

    @Test
    void systemPromptCyclesBothWays() {
        UiState s = UiFixture.state("a");
        s.mode = Mode.PANELS;
        key(s, "S");
        assertEquals("mentor", s.activeSystemPrompt().name());
        key(s, "s");
        key(s, "s");
        assertEquals("friend", s.activeSystemPrompt().name());
    }

    @Test
    void quitAsksOnlyWhileStreamingAndCtrlCTwiceQuits() {
        UiState idle = UiFixture.state("a");
        idle.mode = Mode.PANELS;
        List<Effect> fx = Update.apply(idle, new Msg.Key("q", "q"));
        assertTrue(idle.quit);
        assertInstanceOf(Effect.Quit.class, fx.get(fx.size() - 1));

        UiState busy = UiFixture.state("a");
        type(busy, "hi");
        key(busy, "Enter");
        key(busy, "Esc");
        key(busy, "q");
        assertEquals(UiState.Overlay.CONFIRM_QUIT, busy.overlay);
        key(busy, "n");
        assertEquals(false, busy.quit);
        List<Effect> first = Update.apply(busy, new Msg.Key("Ctrl-C", null));
        assertInstanceOf(Effect.CancelAll.class, first.get(0));
        assertEquals(false, busy.quit);
        Update.apply(busy, new Msg.Key("Ctrl-C", null));
        assertTrue(busy.quit);
        assertEquals(ReplyState.CANCELLED, busy.session.reply("r1").state(), "unfinished replies are marked");
    }

    @Test
    void shutdownMarksUnfinishedRepliesAndSaves() {
        UiState s = UiFixture.state("a");
        type(s, "hi");
        key(s, "Enter");
        List<Effect> fx = Update.apply(s, new Msg.Shutdown("SIGHUP"));
        assertTrue(fx.stream().anyMatch(e -> e instanceof Effect.Save));
        assertTrue(s.session.reply("r1").error().contains("SIGHUP"));
    }

    @Test
    void pastedTextIsTextEvenInThePanelsAndItsNewlinesDoNotSend() {
        UiState s = UiFixture.state("a");
        s.mode = Mode.PANELS;
        Update.apply(s, new Msg.Key("Paste-Start", null));
        assertEquals(Mode.PROMPT, s.mode);
        for (String c : new String[] {"q", "u", "i", "t"}) Update.apply(s, new Msg.Key(c, c));
        List<Effect> fx = Update.apply(s, new Msg.Key("Enter", null));
        assertTrue(fx.isEmpty(), "Enter inside a paste does not send");
        Update.apply(s, new Msg.Key("x", "x"));
        Update.apply(s, new Msg.Key("Paste-End", null));
        assertEquals("quit\nx", s.prompt.text());
        assertEquals(false, s.quit);
        List<Effect> send = Update.apply(s, new Msg.Key("Enter", null));
        assertInstanceOf(Effect.Start.class, send.get(0));
    }
}
