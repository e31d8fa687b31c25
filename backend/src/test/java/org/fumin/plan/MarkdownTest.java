package org.fumin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sanitiser keeps prose and safe links and neutralises every spelling of a script link. */
class MarkdownTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "[a](javascript:alert(1))",
      "[a](JavaScript:alert(1))",
      "[a](&#106;avascript:alert(1))",
      "[a](&#x6A;avascript&colon;alert(1))",
      "[a](<java\tscript:alert(1)>)",
      "[a](<java\nscript:alert(1)>)",
      "[a](<javascript\u0000:alert(1)>)",
      "[a]( javascript:alert(1) )",
      "<javascript:alert(1)>",
      "<JAVASCRIPT:alert(1)>",
      "[a][r]\n\n[r]: javascript:alert(1)",
      "[r]\n\n[r]: &#106;avascript:alert(1) \"t\"",
      "![i](javascript:alert(1))",
      "![i](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[a](vbscript:msgbox(1))",
      "[a](file:///etc/passwd)",
      "[a](data:text/html,<script>alert(1)</script>)",
      "[a](\u200Bjavascript:alert(1))",
  })
  void scriptLinksAreNeutralised(String markdown) {
    String safe = Markdown.sanitise(markdown);
    assertThat(destinations(safe)).isNotEmpty().allSatisfy(d -> assertThat(d).isIn("#", ""));
    assertThat(htmlNodes(safe)).isZero();
    // and it stays the same when sanitised again
    assertThat(Markdown.sanitise(safe)).isEqualTo(safe);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<div>\n<iframe src=\"https://evil.example\"></iframe>\n</div>",
      "a <span onclick=\"x()\">b</span> c",
      "<!-- hidden --><a href=\"javascript:alert(1)\">x</a>",
      "<scr<script>ipt>alert(1)</script>",
      "<a\nhref=\"javascript:alert(1)\">x</a>",
  })
  void rawHtmlIsRemoved(String markdown) {
    String safe = Markdown.sanitise(markdown);
    assertThat(htmlNodes(safe)).isZero();
    assertThat(safe).doesNotContainPattern("<[A-Za-z/!][^<>]*>");
    assertThat(destinations(safe)).allSatisfy(d -> assertThat(d).isEqualTo("#"));
  }

  @Test
  void proseAndSafeLinksAreKept() {
    String text = "## 建设内容\n\n建设**零工市场**，见[详情](https://example.org/a?b=1)、[附件](files/plan.pdf)"
        + "和[邮件](mailto:office@example.org)。\n\n- 第一项\n- 第二项\n\n| 项目 | 数量 |\n| --- | --- |\n| 培训 | 3 |";
    String safe = Markdown.sanitise(text);
    assertThat(safe).contains("## 建设内容", "建设**零工市场**", "[详情](https://example.org/a?b=1)",
        "[附件](files/plan.pdf)", "[邮件](mailto:office@example.org)", "- 第一项", "| 培训 | 3 |");
  }

  @Test
  void textIsKeptAsTypedWithoutEscapes() {
    String text = "人均收入<5000元，a_b_c，`<x>`代码，1*2*3，#不是标题\n\n```\n<div>代码块</div>\n```";
    assertThat(Markdown.sanitise(text)).isEqualTo(text);
  }

  @Test
  void referenceLinksKeepTheirSafeDestination() {
    assertThat(Markdown.sanitise("见[说明][r]\n\n[r]: https://example.org/doc")).contains("https://example.org/doc")
        .doesNotContain("[r]:");
  }

  @Test
  void textNextToAnHtmlElementSurvives() {
    assertThat(Markdown.sanitise("<script>alert(1)</script>建设**零工市场**，[详情](javascript:alert(1))"))
        .isEqualTo("建设**零工市场**，[详情](#)");
  }

  @Test
  void destinationsAreJudgedAfterDecoding() {
    assertThat(Markdown.isSafe("https://example.org")).isTrue();
    assertThat(Markdown.isSafe("/relative/path:with-colon")).isTrue();
    assertThat(Markdown.isSafe("#anchor")).isTrue();
    assertThat(Markdown.isSafe("java\tscript:alert(1)")).isFalse();
    assertThat(Markdown.isSafe("%6Aavascript:alert(1)")).isFalse();
  }

  /** Every link and image destination a Markdown renderer would see in this text. */
  private static List<String> destinations(String markdown) {
    List<String> found = new ArrayList<>();
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        found.add(link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        found.add(image.getDestination());
        visitChildren(image);
      }
    });
    return found;
  }

  private static int htmlNodes(String markdown) {
    int[] count = {0};
    Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock html) {
        count[0]++;
      }

      @Override
      public void visit(HtmlInline html) {
        count[0]++;
      }
    });
    return count[0];
  }
}
