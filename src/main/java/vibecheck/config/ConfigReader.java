package vibecheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;

/** Reads a config file as a JSON tree, allowing comments and trailing commas, with line:column on syntax errors. */
public final class ConfigReader {
    /**
     * Only jackson-core's parser: building the tree by hand keeps Jackson's object mapper (hundreds of classes,
     * a quarter of a second) out of the program's start-up.
     */
    private static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigReader() {}

    public static JsonNode read(Path file) throws ConfigException {
        return read(file, file.toString());
    }

    /** The largest config file read: a real one is a few kilobytes. */
    public static final int MAX_BYTES = 1024 * 1024;

    public static JsonNode read(Path file, String name) throws ConfigException {
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read config file: " + ConfigLocator.reason(e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException(name + ": config file is larger than 1 MiB; a config is a few kilobytes "
                    + "(is this the right file?)");
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
            JsonToken first = parser.nextToken();
            JsonNode tree = value(parser, first);
            if (parser.nextToken() != null) {
                JsonLocation loc = parser.currentTokenLocation();
                throw new ConfigException(name + ":" + loc.getLineNr() + ":" + loc.getColumnNr()
                        + ": malformed JSON: unexpected content after the top-level object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? name : name + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ConfigException(where + ": malformed JSON: " + vibecheck.text.ParserMessages.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read config file: " + e.getMessage());
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String field = p.currentName();
                    o.set(field, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) a.add(value(p, v));
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.INT ? f.numberNode(p.getIntValue())
                        : p.getNumberType() == JsonParser.NumberType.LONG ? f.numberNode(p.getLongValue())
                        : f.numberNode(p.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return f.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return f.booleanNode(false);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected " + t);
        }
    }

}
