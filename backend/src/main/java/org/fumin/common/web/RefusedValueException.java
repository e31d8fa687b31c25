package org.fumin.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON value of the right type that the API still refuses (a NUL character, an impossible or
 * far-away date, an enum name with spaces); the problem names the JSON path and says why.
 */
public class RefusedValueException extends InvalidFormatException {

  private final String messageKey;
  private final transient List<Object> arguments;

  RefusedValueException(JsonParser parser, Object value, Class<?> targetType, String messageKey, Object... arguments) {
    super(parser, messageKey, value, targetType);
    this.messageKey = messageKey;
    this.arguments = Arrays.asList(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
