package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.fumin.district.DistrictKind;
import org.junit.jupiter.api.Test;

class QuotaDefaultsTest {

  @Test
  void eachDistrictKindHasItsOwnDefault() {
    QuotaDefaults defaults = new QuotaDefaults(2, 1);
    assertThat(defaults.quotaFor(DistrictKind.COUNTY_LEVEL)).isEqualTo(2);
    assertThat(defaults.quotaFor(DistrictKind.FUNCTIONAL_ZONE)).isEqualTo(1);
  }
}
