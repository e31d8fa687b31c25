package org.fumin.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fumin.testing.Fixtures;
import org.fumin.testing.Fixtures.Place;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a measurement, run on demand. It loads {@code -Dfumin.bench.exportRows=100000}
 * townships into one district and exports them as CSV through the API, then prints the seconds,
 * the rows per second and the heap's peak (summed over the heap pools, reset before the export).
 * It asserts only that every row arrived; the time depends on the machine, so it is printed, not
 * judged. {@code ./mvnw -B -q test -Dtest=ExportBenchmark -Dfumin.bench.exportRows=100000}
 * ({@code make bench} measures the same export against the packaged server).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "fumin.bench.exportRows", matches = "[0-9]+")
class ExportBenchmark {

  @Inject EntityManager em;
  @TestHTTPResource("/") URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void exportOfManyTownships() throws IOException, InterruptedException {
    int rows = Integer.getInteger("fumin.bench.exportRows");
    Place place = Fixtures.place();
    load(place, rows);
    for (int round = 1; round <= 3; round++) { // the first round warms the JIT up
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long oldBefore = heapPools().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
          .mapToLong(p -> p.getUsage().getUsed()).sum();
      long started = System.nanoTime();
      long lines = 0;
      // a plain HTTP client that reads the stream as it comes (REST Assured would buffer the whole body and check it against the contract)
      HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(base.resolve("api/v1/exports/townships?districtCode=" + place.districtCode()))
          .header("Accept", "text/csv").header("Cookie", "fumin_session=" + Users.admin().session()).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      try (InputStream csv = response.body()) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = csv.read(buffer)) > 0; ) {
          for (int i = 0; i < n; i++) {
            lines += buffer[i] == '\n' ? 1 : 0;
          }
        }
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      long peak = heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long oldPeak = heapPools().filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
          .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.out.printf("EXPORT_BENCH round %d: %d rows in %.2f s = %.0f rows/s; heap peak %d MB, old generation peak %d MB"
          + " (from %d MB after a GC before the export; this JVM runs the test client and the server)%n",
          round, lines - 1, seconds, (lines - 1) / seconds, peak >> 20, oldPeak >> 20, oldBefore >> 20);
      assertThat(lines - 1).isEqualTo(rows + 1L); // the fixture's own township, and the loaded ones
    }
  }

  private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
  }

  /** The rows straight into the table (generate_series): the load is not what is measured. */
  @Transactional
  void load(Place place, int rows) {
    em.createNativeQuery("""
            insert into township (code, name, district_id, version, created_at, updated_at)
            select ?1 || lpad(i::text, 6, '0'), '基准镇' || i, ?2, 0, ?3, ?3 from generate_series(1, ?4) as i""")
        .setParameter(1, place.districtCode()).setParameter(2, place.districtId()).setParameter(3, java.time.Instant.now())
        .setParameter(4, rows).executeUpdate();
  }
}
