package org.fumin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine where the tests run, so the compose file is validated against the
 * Compose Specification's JSON schema (the one Docker Compose itself uses, vendored in
 * {@code src/test/resources/compose-spec}), and what the schema cannot say (which service waits for
 * which, what each image is built from) is checked by structure. The nginx configuration the
 * frontend image ships is run for real by {@code FrontProxyIT}.
 */
class ComposeFileTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Schema COMPOSE_SPEC = composeSpecification();

  private static Schema composeSpecification() {
    try (InputStream schema = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
      // the schema's own $id ("compose_spec.json") is relative, so it needs a base location
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"), schema, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode compose() throws IOException {
    return YAML.readTree(ROOT.resolve("docker-compose.yml").toFile());
  }

  private static List<String> violations(JsonNode composeFile) {
    return COMPOSE_SPEC.validate(composeFile).stream().map(Error::toString).toList();
  }

  @Test
  void theComposeFileFollowsTheComposeSpecification() throws IOException {
    JsonNode compose = compose();
    assertThat(violations(compose)).isEmpty();
    assertThat(compose.has("version")).as("the obsolete top-level version key").isFalse();
  }

  @Test
  void theSchemaRefusesWhatTheSpecificationDoesNotAllow() throws IOException {
    Map<String, Consumer<ObjectNode>> mistakes = Map.of(
        "a misspelt service key", c -> service(c, "postgres").set("healthchek", service(c, "postgres").get("healthcheck")),
        "an unknown start condition", c -> ((ObjectNode) service(c, "frontend").at("/depends_on/backend")).put("condition", "service_healty"),
        "a list where a mapping of build options belongs", c -> service(c, "frontend").putArray("build").add("."),
        "a restart policy that is not a string", c -> service(c, "backend").put("restart", 3),
        "an unknown top-level key", c -> c.putObject("service"));
    mistakes.forEach((mistake, edit) -> {
      ObjectNode broken;
      try {
        broken = (ObjectNode) compose();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      edit.accept(broken);
      assertThat(violations(broken)).as(mistake).isNotEmpty();
    });
  }

  private static ObjectNode service(ObjectNode compose, String name) {
    return (ObjectNode) compose.at("/services/" + name);
  }

  @Test
  void postgresIs17WithAPgIsReadyHealthCheckAndADataVolume() throws IOException {
    JsonNode postgres = compose().at("/services/postgres");
    assertThat(postgres.get("image").asText()).isEqualTo("postgres:17");
    assertThat(postgres.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(postgres.at("/volumes/0").asText()).endsWith(":/var/lib/postgresql/data");
  }

  @Test
  void backendIsBuiltFromItsDockerfileAndConfiguredByEnvironment() throws IOException {
    JsonNode backend = compose().at("/services/backend");
    assertThat(backend.get("build").asText()).isEqualTo("./backend");
    assertThat(backend.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/fumin");
    assertThat(backend.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(backend.at("/healthcheck/test").toString()).contains("curl").contains("/q/health/ready");
    assertThat(Files.readString(ROOT.resolve("backend/Dockerfile"))).as("the health check's curl is in the image").contains("curl");
  }

  @Test
  void frontendIsNginxWithTheTestedConfigurationAndStartsAfterAHealthyBackend() throws IOException {
    JsonNode frontend = compose().at("/services/frontend");
    assertThat(frontend.at("/depends_on/backend/condition").asText()).isEqualTo("service_healthy");
    String dockerfile = Files.readString(ROOT.resolve(frontend.at("/build/context").asText()).resolve(frontend.at("/build/dockerfile").asText()));
    assertThat(dockerfile).contains("FROM nginx").contains("npm run build")
        .contains("COPY frontend/nginx.conf /etc/nginx/conf.d/default.conf")
        .contains("/usr/share/nginx/html");
  }

  @Test
  void everyServiceWaitedForAsHealthyHasAHealthCheckAndEveryBuildHasItsDockerfile() throws IOException {
    JsonNode services = compose().get("services");
    List<String> problems = new ArrayList<>();
    services.properties().forEach(service -> {
      service.getValue().path("depends_on").properties().forEach(dependency -> {
        if ("service_healthy".equals(dependency.getValue().path("condition").asText())
            && services.path(dependency.getKey()).path("healthcheck").isMissingNode()) {
          problems.add(service.getKey() + " waits for a healthy " + dependency.getKey() + ", which has no health check");
        }
      });
      JsonNode build = service.getValue().path("build");
      if (!build.isMissingNode()) {
        Path context = ROOT.resolve(build.isTextual() ? build.asText() : build.path("context").asText("."));
        Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));
        if (!Files.isRegularFile(dockerfile)) {
          problems.add(service.getKey() + " is built from " + dockerfile + ", which does not exist");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void onlyTheFrontendIsPublishedTheDatabaseAndTheBackendStayInside() throws IOException {
    JsonNode services = compose().get("services");
    assertThat(services.at("/postgres/ports").isMissingNode()).isTrue();
    assertThat(services.at("/backend/ports").isMissingNode()).isTrue();
    assertThat(services.at("/frontend/ports/0").asText()).endsWith(":80");
  }

  @Test
  void backendDockerfileRunsTheJvmBuildAsANonRootUser() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("backend/Dockerfile"));
    assertThat(dockerfile).contains("quarkus-run.jar").contains("USER 1001").doesNotContain("native");
  }
}
