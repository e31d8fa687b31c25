package org.fumin.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine where the tests run, so the compose stack is checked by structure: the
 * services, their health checks, the order they start in and the configuration they get.
 */
class ComposeFileTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static JsonNode compose() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
  }

  @Test
  void postgresIs17WithAPgIsReadyHealthCheck() throws IOException {
    JsonNode postgres = compose().at("/services/postgres");
    assertThat(postgres.get("image").asText()).isEqualTo("postgres:17");
    assertThat(postgres.at("/healthcheck/test").toString()).contains("pg_isready");
    assertThat(postgres.at("/volumes/0").asText()).endsWith(":/var/lib/postgresql/data");
  }

  @Test
  void backendIsBuiltFromItsDockerfileAndConfiguredByEnvironment() throws IOException {
    JsonNode backend = compose().at("/services/backend");
    assertThat(backend.get("build").asText()).isEqualTo("./backend");
    assertThat(Files.exists(ROOT.resolve("backend/Dockerfile"))).isTrue();
    assertThat(backend.at("/environment/QUARKUS_DATASOURCE_JDBC_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/fumin");
    assertThat(backend.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
    assertThat(backend.at("/healthcheck/test").toString()).contains("/q/health/ready");
  }

  @Test
  void frontendProxiesTheApiAndStartsAfterAHealthyBackend() throws IOException {
    JsonNode frontend = compose().at("/services/frontend");
    assertThat(frontend.at("/depends_on/backend/condition").asText()).isEqualTo("service_healthy");
    Path dockerfile = ROOT.resolve(frontend.at("/build/dockerfile").asText());
    assertThat(Files.readString(dockerfile)).contains("FROM nginx").contains("npm run build");
    String nginx = Files.readString(ROOT.resolve("frontend/nginx.conf"));
    assertThat(nginx).contains("location /api/").contains("location /q/").contains("proxy_pass http://backend:8080")
        .contains("try_files $uri /index.html");
  }

  @Test
  void backendDockerfileRunsTheJvmBuildAsANonRootUser() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("backend/Dockerfile"));
    assertThat(dockerfile).contains("quarkus-run.jar").contains("USER 1001").doesNotContain("native");
  }
}
