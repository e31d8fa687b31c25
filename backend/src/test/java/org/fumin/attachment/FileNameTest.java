package org.fumin.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.fumin.attachment.FileName.Refusal;
import org.junit.jupiter.api.Test;

class FileNameTest {

  @Test
  void ordinaryNamesWithDotsAndChineseAreAccepted() {
    for (String name : new String[] {"工作报告.pdf", "2023.年度总结.v2.docx", "photo 01.JPG", "台账（第三季度）.xlsx", "a.ofd"}) {
      assertThat(FileName.check(name)).as(name).isEmpty();
    }
  }

  @Test
  void anExecutableExtensionAnywhereIsRefused() {
    assertThat(FileName.check("报告.pdf.exe")).contains(Refusal.HIDDEN_EXECUTABLE);
    assertThat(FileName.check("报告.exe.pdf")).contains(Refusal.HIDDEN_EXECUTABLE);
    assertThat(FileName.check("invoice.JS.pdf")).contains(Refusal.HIDDEN_EXECUTABLE);
    assertThat(FileName.check("setup.msi")).contains(Refusal.HIDDEN_EXECUTABLE);
  }

  @Test
  void pathsAreRefused() {
    for (String name : new String[] {"../x.pdf", "a/b.pdf", "..\\x.pdf", "C:x.pdf", "..", ".", "..x.pdf"}) {
      assertThat(FileName.check(name)).as(name).contains(Refusal.PATH);
    }
  }

  @Test
  void invisibleAndControlCharactersAreRefused() {
    for (String name : new String[] {"a\u0000.pdf", "a\n.pdf", "a\u202Efdp.exe", "a\u200B.pdf", "a\u2028.pdf", "a\uD800.pdf"}) {
      assertThat(FileName.check(name)).as(name).contains(Refusal.CHARACTERS);
    }
  }

  @Test
  void theLengthCountsCharactersNotBytes() {
    assertThat(FileName.check("长".repeat(196) + ".pdf")).isEmpty();
    assertThat(FileName.check("长".repeat(197) + ".pdf")).contains(Refusal.TOO_LONG);
  }

  @Test
  void aNameNeedsAStemAndAnExtension() {
    assertThat(FileName.check("")).contains(Refusal.BLANK);
    assertThat(FileName.check("报告")).contains(Refusal.NO_EXTENSION);
    assertThat(FileName.check("报告.")).contains(Refusal.NO_EXTENSION);
    assertThat(FileName.check(".pdf")).contains(Refusal.NO_EXTENSION);
  }

  @Test
  void theDisplayNameIsTrimmedAndComposed() {
    assertThat(FileName.display("  e\u0301.pdf ")).isEqualTo("\u00E9.pdf");
    assertThat(FileName.extension("报告.PDF")).isEqualTo("pdf");
    assertThat(FileName.check(FileName.display("  报告.pdf  "))).isEqualTo(Optional.empty());
  }
}
