package vibecheck.protocol;

import okhttp3.HttpUrl;
import okhttp3.Response;
import vibecheck.text.Urls;

/**
 * API calls never follow a redirect: following one would send the API key, every configured header and the whole
 * conversation to wherever the server points, which may be another host. A redirect instead fails the call with a
 * message that says where the server pointed, so the user can put that address in {@code baseUrl} if it is right.
 * This holds for an http→https upgrade on the same host too: the key would already have crossed the network in
 * clear, and the fix is the same one-line change to {@code baseUrl}.
 */
public final class Redirects {
    private Redirects() {}

    /** Why a response that is a redirect cannot be used, or null when it is not a redirect. */
    public static String refusal(Response response) {
        if (!response.isRedirect()) return null;
        String location = response.header("Location");
        HttpUrl target = location == null ? null : response.request().url().resolve(location);
        if (target == null) {
            return "the server answered HTTP " + response.code() + " (a redirect) without a usable Location; "
                    + "check baseUrl (requests are never sent on to another address)";
        }
        String shown = Urls.withoutPassword(target.toString());
        return "the server redirected to " + shown + " (HTTP " + response.code() + "); put that in baseUrl "
                + "if it is right (requests are never sent on to another address, so no key or message leaves for it)";
    }
}
