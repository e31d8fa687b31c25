package org.fumin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Media coverage links: web addresses as people copy them, nothing that runs or carries a password. */
class WebLinkTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "https://www.xhby.net/a/1",
      "http://news.yznews.com.cn:8080/2026/06/01/content.html?id=3#top",
      "https://例子.中国/新闻",
      "https://www.yangzhou.gov.cn/新闻/就业富民.html",
  })
  void webAddressesAreTaken(String link) {
    assertThat(EvidenceValidation.isWebLink(link)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)",
      "data:text/html,x",
      "/relative/path",
      "https://user:pw@example.cn/a",
      "https://@example.cn",
      "https:///nohost",
      "https://exa mple.cn/",
      "https://example.cn/a b",
      "ftp://example.cn/file",
  })
  void otherAddressesAreRefused(String link) {
    assertThat(EvidenceValidation.isWebLink(link)).isFalse();
  }
}
