package vibecheck.protocol;

/** A model a server says it serves; size, family and parameter size where it tells them. */
public record RemoteModel(String id, Long sizeBytes, String family, String parameterSize, String quantization) {
    public static RemoteModel named(String id) {
        return new RemoteModel(id, null, null, null, null);
    }

    /** The models in a {@code {"data": [{"id": …}]}} listing (OpenAI-compatible servers and Anthropic). */
    public static java.util.List<RemoteModel> fromDataIds(String body) throws java.io.IOException {
        java.util.List<RemoteModel> out = new java.util.ArrayList<>();
        for (var m : Json.MAPPER.readTree(body).path("data")) {
            String id = Json.text(m, "id");
            if (id != null) out.add(named(id));
        }
        return out;
    }
}
