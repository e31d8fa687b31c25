package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void aChineseNameIsPercentEncodedWithAnAsciiFallback() {
    assertThat(ContentDisposition.attachment("佐证 材料.pdf", "attachment-7.pdf"))
        .isEqualTo("attachment; filename=\"attachment-7.pdf\"; filename*=UTF-8''%E4%BD%90%E8%AF%81%20%E6%9D%90%E6%96%99.pdf");
  }

  @Test
  void anAsciiNameIsItsOwnFallback() {
    assertThat(ContentDisposition.attachment("report_2023-v1.pdf", "x"))
        .isEqualTo("attachment; filename=\"report_2023-v1.pdf\"; filename*=UTF-8''report_2023-v1.pdf");
  }

  @Test
  void quotesBackslashesAndPercentSignsNeverReachTheQuotedName() {
    assertThat(ContentDisposition.attachment("a\"b%.pdf", "attachment-1.pdf"))
        .isEqualTo("attachment; filename=\"attachment-1.pdf\"; filename*=UTF-8''a%22b%25.pdf");
  }
}
