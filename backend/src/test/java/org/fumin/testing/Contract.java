package org.fumin.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the root {@code openapi.yaml}, for tests that check the code against it. */
public final class Contract {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  private Contract() {}

  /** One operation: HTTP method (upper case), path template, and its definition. */
  public record Operation(String method, String path, JsonNode definition) {
    public String id() {
      return definition.path("operationId").asText();
    }

    /** Callable without credentials ({@code security: []}). */
    public boolean isPublic() {
      JsonNode security = definition.get("security");
      return security != null && security.isEmpty();
    }
  }

  public static List<Operation> operations() {
    try {
      JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile()).get("paths");
      List<Operation> operations = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        path.getValue().fields().forEachRemaining(op -> {
          if (METHODS.contains(op.getKey())) {
            operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
          }
        });
      }
      return operations;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
