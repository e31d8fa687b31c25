package org.fumin.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fumin.common.problem.ProblemException;
import org.fumin.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void aTagIsTheQuotedVersion() {
    assertThat(ETags.of(7)).isEqualTo("\"7\"");
    assertThat(ETags.tag(7).getValue()).isEqualTo("7");
    assertThat(ETags.tag(7).isWeak()).isFalse();
  }

  @Test
  void anUpdateWithoutIfMatchIsPreconditionRequired() {
    for (String missing : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> ETags.requireMatch(missing, 3)).isInstanceOfSatisfying(ProblemException.class,
          e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }
  }

  @Test
  void theCurrentVersionAWeakFormOfItOrAStarMatches() {
    for (String current : new String[] {"\"3\"", "W/\"3\"", "*", "\"1\", \"3\"", " \"3\" "}) {
      assertThatCode(() -> ETags.requireMatch(current, 3)).as(current).doesNotThrowAnyException();
    }
  }

  @Test
  void aStaleOrUnquotedVersionFails() {
    for (String stale : new String[] {"\"2\"", "3", "\"03\"", "W/\"4\"", "\"2\", \"4\""}) {
      assertThatThrownBy(() -> ETags.requireMatch(stale, 3)).as(stale).isInstanceOfSatisfying(ProblemException.class,
          e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
    }
  }

  @Test
  void anOptionalMatchIsSkippedWhenAbsent() {
    assertThatCode(() -> ETags.checkMatch(null, 3)).doesNotThrowAnyException();
    assertThatThrownBy(() -> ETags.checkMatch("\"1\"", 3)).isInstanceOf(ProblemException.class);
  }
}
