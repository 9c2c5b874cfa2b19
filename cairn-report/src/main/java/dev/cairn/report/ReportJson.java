package dev.cairn.report;

import dev.cairn.core.model.CheckId;
import dev.cairn.core.model.SourcePath;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The one Jackson configuration of the report, kept out of core so that the model carries no annotations.
 * Every choice here is part of the schema contract (schema/report-v1.json).
 */
final class ReportJson {
    private ReportJson() {}

    static final JsonMapper MAPPER = JsonMapper.builder()
            // Jackson 3 sorts properties alphabetically by default and keeps record components in declaration
            // order only because creator properties come first; pin both so the order is the record's for good.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            // ISO-8601 strings (Instant in UTC with Z, LocalDate as yyyy-MM-dd), whatever the default of the day.
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            // The caller owns the Writer (it may be stdout); closing it is not ours to do.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .addModule(modelModule())
            .build();

    /**
     * Reads what {@link #MAPPER} wrote back into the model: the same spellings (kebab-case enums, ids and paths as
     * strings), through the records' canonical constructors, so the model's own checks (a well-formed check id,
     * a root-relative path, a valid span) judge what is read. Properties this version does not know are skipped:
     * a newer cairn may add some within schema version 1.
     */
    static final JsonMapper READER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enumNamingStrategy((config, cls, name) -> name.toLowerCase(Locale.ROOT).replace('_', '-'))
            .addModule(new SimpleModule("cairn-report-reader")
                    .addDeserializer(CheckId.class, new StringValueDeserializer<>(CheckId.class, CheckId::of))
                    .addDeserializer(SourcePath.class, new StringValueDeserializer<>(SourcePath.class, SourcePath::of)))
            .build();

    /** Two-space indent and {@code \n} everywhere, arrays included, so output is the same bytes on every OS. */
    static final ObjectWriter WRITER = MAPPER.writer().with(prettyPrinter());

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static SimpleModule modelModule() {
        SimpleModule module = new SimpleModule("cairn-report");
        module.addSerializer(CheckId.class, new StringValueSerializer<>(CheckId.class, CheckId::value));
        module.addSerializer(SourcePath.class, new StringValueSerializer<>(SourcePath.class, SourcePath::value));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum<?>> anyEnum = (Class) Enum.class;
        module.addSerializer(anyEnum, new KebabEnumSerializer());
        return module;
    }

    /**
     * The IOException behind a Jackson failure, if any. Jackson 3 reports IO failures unchecked, and databind
     * may wrap them again with a path, so the whole cause chain is searched.
     */
    static IOException ioCause(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** {@code NOT_APPLICABLE} → {@code not-applicable}: the spelling of every enum in the schema. */
    static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static final class KebabEnumSerializer extends StdSerializer<Enum<?>> {
        KebabEnumSerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(kebab(value));
        }
    }

    /** The reverse of {@link StringValueSerializer}. */
    private static final class StringValueDeserializer<T> extends StdDeserializer<T> {
        private final Function<String, T> parse;

        StringValueDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.reportInputMismatch(handledType(), "expected a string");
            }
            return parse.apply(p.getString());
        }
    }

    /** Value types of core that are a string in a record (ids, paths) are a plain string in JSON. */
    private static final class StringValueSerializer<T> extends StdSerializer<T> {
        private final Function<T, String> text;

        StringValueSerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(text.apply(value));
        }
    }
}
