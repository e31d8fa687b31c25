package org.fumin.testing;

import static org.fumin.testing.Api.api;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh districts and townships for a test, with codes no other test uses. */
public final class Fixtures {

  private static final AtomicInteger NEXT = new AtomicInteger(700000 + (int) (ProcessHandle.current().pid() % 500) * 100);

  private Fixtures() {}

  public record Place(long districtId, String districtCode, long townshipId, String townshipCode) {}

  /** A new district with one township, created by the city admin. */
  public static Place place() {
    String code = String.valueOf(NEXT.incrementAndGet());
    long district = api().body(Map.of("code", code, "name", "夹具区" + code, "kind", "COUNTY_LEVEL"))
        .post("/api/v1/districts").then().statusCode(201).extract().jsonPath().getLong("id");
    long township = api().body(Map.of("code", code + "001", "name", "夹具镇" + code, "districtId", district))
        .post("/api/v1/townships").then().statusCode(201).extract().jsonPath().getLong("id");
    return new Place(district, code, township, code + "001");
  }

  /** An API key with these scopes (and optional district), issued by the city admin; answers the secret. */
  public static String apiKey(Long districtId, String... scopes) {
    java.util.Map<String, Object> body = new java.util.HashMap<>();
    body.put("name", "测试密钥" + NEXT.incrementAndGet());
    body.put("ownerSystem", "test-suite");
    body.put("scopes", java.util.List.of(scopes));
    body.put("districtId", districtId);
    return api().body(body).post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath().getString("secret");
  }
}
