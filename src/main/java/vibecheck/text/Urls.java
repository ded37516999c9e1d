package vibecheck.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs as they may be shown: never with a password in them. */
public final class Urls {
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#@]*)@");

    private Urls() {}

    /** The URL with the password of a {@code user:password@} part replaced by {@code ***} (a lone user name too). */
    public static String withoutPassword(String url) {
        if (url == null) return null;
        Matcher m = USER_INFO.matcher(url);
        if (!m.find()) return url;
        String info = m.group(2);
        int colon = info.indexOf(':');
        String masked = colon < 0 ? "***" : info.substring(0, colon) + ":***";
        return m.group(1) + masked + "@" + url.substring(m.end());
    }

    public static boolean hasUserInfo(String url) {
        return url != null && USER_INFO.matcher(url).find();
    }
}
