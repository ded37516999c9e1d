package vibecheck.provider;

/** A model a server says it serves; size, family and parameter size where it tells them. */
public record RemoteModel(String id, Long sizeBytes, String family, String parameterSize, String quantization) {
    public static RemoteModel named(String id) {
        return new RemoteModel(id, null, null, null, null);
    }
}
