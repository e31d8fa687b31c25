package org.fumin.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fumin.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Paging and sorting, without a server: offsets, order-by clauses and when a page tells its total. */
class PageRequestTest {

  private static final Map<String, String> SORTS = new LinkedHashMap<>();

  static {
    SORTS.put("code", "t.code");
    SORTS.put("district", "d.code, t.code");
  }

  @Test
  void pagesStartAtOne() {
    assertThat(new PageRequest(1, 20, null).offset()).isZero();
    assertThat(new PageRequest(3, 20, null).offset()).isEqualTo(40);
    assertThat(new PageRequest(1_000_000, PageRequest.MAX_SIZE, null).offset()).isEqualTo(99_999_900);
  }

  @Test
  void withoutASortTheDefaultOneIsUsedAndTheIdKeepsPagesStable() {
    assertThat(new PageRequest(1, 20, null).orderBy(SORTS, "code", "t.id")).isEqualTo(" order by t.code asc, t.id asc");
    assertThat(new PageRequest(1, 20, " ").orderBy(SORTS, "code", "t.id")).isEqualTo(" order by t.code asc, t.id asc");
  }

  @Test
  void aLeadingMinusSortsEveryExpressionDescending() {
    assertThat(new PageRequest(1, 20, "-district").orderBy(SORTS, "code", "t.id"))
        .isEqualTo(" order by d.code desc, t.code desc, t.id desc");
  }

  @Test
  void anUnknownSortIsAFieldErrorNamingTheAllowedOnes() {
    assertThatThrownBy(() -> new PageRequest(1, 20, "name; drop table township").orderBy(SORTS, "code", "t.id"))
        .isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> new PageRequest(1, 20, "-").orderBy(SORTS, "code", "t.id"))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void aPartlyFilledPageIsTheLastAndTellsTheTotal() {
    assertThat(PageRequest.totalFromPage(new PageRequest(1, 20, null), 7)).isEqualTo(7);
    assertThat(PageRequest.totalFromPage(new PageRequest(49, 20, null), 15)).isEqualTo(975);
  }

  @Test
  void aFullOrEmptyPageDoesNotTellTheTotal() {
    assertThat(PageRequest.totalFromPage(new PageRequest(1, 20, null), 20)).isEqualTo(-1);
    assertThat(PageRequest.totalFromPage(new PageRequest(5, 20, null), 0)).isEqualTo(-1);
  }

  @Test
  void anEmptyFirstPageMeansThereAreNone() {
    assertThat(PageRequest.totalFromPage(new PageRequest(1, 20, null), 0)).isZero();
  }
}
