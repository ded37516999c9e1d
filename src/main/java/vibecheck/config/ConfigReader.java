package vibecheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/** Reads a config file as a JSON tree, allowing comments and trailing commas, with line:column on syntax errors. */
public final class ConfigReader {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigReader() {}

    public static JsonNode read(Path file) throws ConfigException {
        return read(file, file.toString());
    }

    public static JsonNode read(Path file, String name) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read config file: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + ": config file is not valid UTF-8");
        }
        return parse(name, text);
    }

    static JsonNode parse(String name, String text) throws ConfigException {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new ConfigException(name + ": config file is empty");
        try (JsonParser parser = LENIENT.createParser(text)) {
            JsonNode tree = LENIENT.readTree(parser);
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new ConfigException(name + ":" + loc.getLineNr() + ":" + loc.getColumnNr()
                        + ": malformed JSON: unexpected content after the top-level object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ConfigException(where + ": malformed JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read config file: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
