package org.fumin.common.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * JSON bodies are read strictly: strings must not contain U+0000 (PostgreSQL refuses it), dates
 * must exist ({@code 2026-02-30} is refused, not moved to the 28th) and lie in the years
 * {@value InputBounds#FIRST_YEAR}..{@value InputBounds#LAST_YEAR}, and enum names must be exact
 * (no surrounding spaces). Each refusal names the JSON path of the value. Values must have the
 * type the contract gives them: no quoted numbers or booleans, no numbers or booleans for text, no
 * {@code 1.5} for an integer (Jackson would otherwise coerce all of these silently, and truncate).
 * Decimals are written as plain numbers ({@code 50}, never {@code 5E+1}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("fumin-strict-input");
    module.setDeserializerModifier(new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
          JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (type == String.class || type == LocalDate.class || type == OffsetDateTime.class || type == Instant.class) {
          return new Strict(deserializer, type);
        }
        return deserializer;
      }

      @Override
      public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
          BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Strict(deserializer, type.getRawClass());
      }
    });
    mapper.registerModule(module);
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
  }

  /** Runs after Quarkus' own customizers, so these checks wrap the final deserializers. */
  @Override
  public int priority() {
    return MINIMUM_PRIORITY;
  }

  /** Reads the value with the usual deserializer, then applies the checks for its type. */
  static final class Strict extends DelegatingDeserializer {

    private final Class<?> type;

    Strict(JsonDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Strict(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
      if (text != null && InputBounds.hasNul(text)) {
        throw new RefusedValueException(parser, text.replace('\0', '?'), type, "violation.nul-character");
      }
      if (text != null && type.isEnum() && !text.equals(text.strip())) {
        throw new RefusedValueException(parser, text, type, "violation.enum", enumNames());
      }
      Object value = _delegatee.deserialize(parser, context);
      if (value instanceof TemporalAccessor time) {
        if (type == LocalDate.class && text != null && !existsAsWritten(text)) {
          throw new RefusedValueException(parser, text, type, "violation.wrong-type");
        }
        if (!InputBounds.inRange(time)) {
          throw new RefusedValueException(parser, text, type, "violation.date-range", InputBounds.FIRST_YEAR,
              InputBounds.LAST_YEAR);
        }
      }
      return value;
    }

    /** A lenient pattern resolves {@code 2026-02-30} to the 28th; the strict ISO parser refuses it. */
    private static boolean existsAsWritten(String text) {
      try {
        LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        return true;
      } catch (DateTimeException e) {
        return false;
      }
    }

    private String enumNames() {
      StringBuilder names = new StringBuilder();
      for (Object constant : type.getEnumConstants()) {
        names.append(names.isEmpty() ? "" : ", ").append(constant);
      }
      return names.toString();
    }
  }
}
