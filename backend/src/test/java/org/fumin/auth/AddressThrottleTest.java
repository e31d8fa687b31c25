package org.fumin.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.fumin.testing.Users;
import org.junit.jupiter.api.Test;

/** Failed sign-ins from one address are throttled, whatever accounts they try. */
@QuarkusTest
@TestProfile(AddressThrottleTest.FewFailures.class)
class AddressThrottleTest {

  public static class FewFailures implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("fumin.auth.address-failures", "3", "fumin.auth.address-window", "1H");
    }
  }

  @Test
  void anAddressWithTooManyFailuresIsToldToWait() {
    // other tests may already have failed from this address: at most three more 401s, then 429
    int attempts = 0;
    while (Users.loginResponse("guess-" + attempts, "Wrong#Password1").statusCode() == 401) {
      attempts++;
      org.assertj.core.api.Assertions.assertThat(attempts).isLessThanOrEqualTo(3);
    }
    Users.loginResponse("guess-last", "Wrong#Password1").then().statusCode(429)
        .header("Retry-After", equalTo("3600")).body("status", equalTo(429)).body("title", notNullValue());
  }
}
