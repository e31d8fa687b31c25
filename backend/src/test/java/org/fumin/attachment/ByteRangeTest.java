package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.fumin.attachment.ByteRange.Partial;
import org.fumin.attachment.ByteRange.Unsatisfiable;
import org.fumin.attachment.ByteRange.Whole;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void aClosedRangeIsClampedToTheEnd() {
    assertThat(ByteRange.of("bytes=0-9", 100)).isEqualTo(new Partial(new ByteRange(0, 9)));
    assertThat(ByteRange.of("bytes=90-200", 100)).isEqualTo(new Partial(new ByteRange(90, 99)));
    assertThat(new ByteRange(90, 99).contentRange(100)).isEqualTo("bytes 90-99/100");
  }

  @Test
  void openAndSuffixRanges() {
    assertThat(ByteRange.of("bytes=10-", 100)).isEqualTo(new Partial(new ByteRange(10, 99)));
    assertThat(ByteRange.of("bytes=-10", 100)).isEqualTo(new Partial(new ByteRange(90, 99)));
    assertThat(ByteRange.of("bytes=-1000", 100)).isEqualTo(new Partial(new ByteRange(0, 99)));
  }

  @Test
  void beyondTheEndIsUnsatisfiable() {
    assertThat(ByteRange.of("bytes=100-", 100)).isInstanceOf(Unsatisfiable.class);
    assertThat(ByteRange.of("bytes=-0", 100)).isInstanceOf(Unsatisfiable.class);
  }

  @Test
  void whatCannotBeServedAsOneRangeGetsTheWholeContent() {
    assertThat(ByteRange.of(null, 100)).isInstanceOf(Whole.class);
    assertThat(ByteRange.of("bytes=0-1,5-9", 100)).isInstanceOf(Whole.class);
    assertThat(ByteRange.of("items=0-1", 100)).isInstanceOf(Whole.class);
    assertThat(ByteRange.of("bytes=9-1", 100)).isInstanceOf(Whole.class);
    assertThat(ByteRange.of("bytes=-", 100)).isInstanceOf(Whole.class);
    assertThat(ByteRange.of("bytes=99999999999999999999-", 100)).isInstanceOf(Whole.class);
  }
}
