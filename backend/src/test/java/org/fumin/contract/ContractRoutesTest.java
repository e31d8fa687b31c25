package org.fumin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fumin.testing.Api;
import org.fumin.testing.Contract;
import org.junit.jupiter.api.Test;

/** The contract and the code describe the same API: every route is in it, every path has a route. */
class ContractRoutesTest {

  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
  /** {@code quarkus.rest.path}: the root of every JAX-RS resource. */
  private static final String REST_ROOT = "/api";

  @Test
  void everyJaxRsRouteIsAContractOperationAndViceVersa() throws Exception {
    assertThat(implementedRoutes()).isEqualTo(contractOperations("/api/"));
  }

  @Test
  void contractIsOpenApi303() throws IOException {
    JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
    assertThat(contract.get("openapi").asText()).isEqualTo("3.0.3");
  }

  @Test
  void everyResponseOfEveryOperationDeclaresItsRequestId() throws IOException {
    JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
    Set<String> undeclared = new TreeSet<>();
    for (Contract.Operation operation : Contract.operations()) {
      operation.definition().path("responses").fields().forEachRemaining(response -> {
        JsonNode definition = response.getValue();
        String ref = definition.path("$ref").asText("");
        if (ref.startsWith("#/components/responses/")) {
          definition = contract.path("components").path("responses").path(ref.substring("#/components/responses/".length()));
        }
        if (!definition.path("headers").path("X-Request-Id").path("$ref").asText("").equals("#/components/headers/X-Request-Id")) {
          undeclared.add(operation.method() + " " + operation.path() + " " + response.getKey());
        }
      });
    }
    assertThat(Contract.operations()).isNotEmpty();
    assertThat(undeclared).isEmpty();
  }

  static Set<String> contractOperations(String prefix) {
    Set<String> operations = new TreeSet<>();
    for (Contract.Operation operation : Contract.operations()) {
      if (operation.path().startsWith(prefix)) {
        operations.add(operation.method() + " " + normalise(operation.path()));
      }
    }
    return operations;
  }

  /** Every resource method of the application's JAX-RS classes, as "METHOD /path". */
  static Set<String> implementedRoutes() throws IOException, ClassNotFoundException {
    Set<String> routes = new TreeSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, ContractRoutesTest.class.getClassLoader());
        Path root = type.getAnnotation(Path.class);
        if (root == null) {
          continue;
        }
        for (Method method : type.getDeclaredMethods()) {
          String verb = httpMethod(method);
          if (verb != null) {
            Path sub = method.getAnnotation(Path.class);
            routes.add(verb + " " + normalise(REST_ROOT + "/" + root.value() + (sub == null ? "" : "/" + sub.value())));
          }
        }
      }
    }
    return routes;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  /** Path templates compared by shape: parameter names do not matter. */
  private static String normalise(String path) {
    return path.replaceAll("\\{[^}]+}", "{}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
  }
}
