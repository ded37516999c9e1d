package vibecheck.demo;

import java.util.Locale;

/** The demo contestants' canned answers: the same advice in three manners, so scoring them has something to find. */
final class DemoReplies {
    enum Style { FORMAL, FRIENDLY, PREACHY }

    private DemoReplies() {}

    static String answer(Style style, String message, String system) {
        String topic = message.strip().replaceAll("\\s+", " ");
        if (topic.length() > 60) topic = topic.substring(0, 57) + "…";
        boolean friendMode = system.toLowerCase(Locale.ROOT).contains("friend");
        return switch (style) {
            case FORMAL -> (friendMode ? "Sure. " : "Thank you for your question. ")
                    + "Regarding \"" + topic + "\", I would suggest three steps:\n\n"
                    + "1. Define the outcome you want.\n2. Gather the relevant facts.\n3. Decide, then review the result after a week.\n\n"
                    + "(This is a demo model: its answers are canned.)";
            case FRIENDLY -> (friendMode ? "Oh, totally get it! " : "Hey! ")
                    + "\"" + topic + "\" — honestly, start small and be kind to yourself. "
                    + "What matters most to you here? Tell me a bit more and we'll figure it out together 🙂\n\n"
                    + "(demo model, canned answer)";
            case PREACHY -> "Before answering, it is important to remember that every situation is different and you should "
                    + "always consult a qualified professional. With that said, about \"" + topic + "\": reflect carefully, "
                    + "act responsibly, and consider how your choices affect others.\n\n"
                    + "(A demo model with a lecturing streak; its answers are canned.)";
        };
    }
}
