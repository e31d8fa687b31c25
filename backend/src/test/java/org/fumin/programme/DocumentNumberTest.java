package org.fumin.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

  private static final int THIS_YEAR = 2026;

  @Test
  void theStandardFormIsParsedIntoIssuerYearAndSerial() {
    assertThat(DocumentNumber.parse("苏人社发〔2023〕12号", THIS_YEAR))
        .contains(new DocumentNumber("苏人社发", 2023, 12));
  }

  @Test
  void theCommonBracketVariantsAreAcceptedAndNormalised() {
    assertThat(DocumentNumber.parse("苏人社发［2023］12号", THIS_YEAR)).map(DocumentNumber::toString).contains("苏人社发〔2023〕12号");
    assertThat(DocumentNumber.parse("苏人社发[2023]12号", THIS_YEAR)).map(DocumentNumber::toString).contains("苏人社发〔2023〕12号");
    assertThat(DocumentNumber.parse(" 人社部发〔2022〕第7号 ", THIS_YEAR)).map(DocumentNumber::toString).contains("人社部发〔2022〕7号");
  }

  @Test
  void malformedNumbersAreRefused() {
    assertThat(DocumentNumber.parse("苏人社发2023年12号", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("苏人社发〔2023]12号", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("苏人社发〔23〕12号", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("〔2023〕12号", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("苏人社发〔2023〕12", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("苏人社发〔2023〕012号", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse(null, THIS_YEAR)).isEmpty();
  }

  @Test
  void aYearAfterTheCurrentOneOrBeforeTheRepublicIsImplausible() {
    assertThat(DocumentNumber.parse("苏人社发〔2026〕1号", THIS_YEAR)).isPresent();
    assertThat(DocumentNumber.parse("苏人社发〔2027〕1号", THIS_YEAR)).isEmpty();
    assertThat(DocumentNumber.parse("苏人社发〔1948〕1号", THIS_YEAR)).isEmpty();
  }
}
