package org.fumin.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Makes user Markdown safe to store and show. The text is parsed as CommonMark (with GFM tables)
 * and cleaned against an allow-list: raw HTML is dropped, and a link or image whose destination
 * (entities decoded, control and white-space characters removed, as browsers do) has a scheme
 * other than http, https or mailto points to {@code #} instead. Reference definitions are dropped
 * once their links are resolved. The cleaning edits the text the user wrote, by the source
 * positions of the offending nodes, so what is kept reads exactly as typed ({@code 人均收入<5000元},
 * {@code a_b}, code spans with {@code <x>} in them); only when edits do not settle is the cleaned
 * tree written back as Markdown (which escapes such characters).
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final Parser SPANNING_PARSER = Parser.builder().extensions(EXTENSIONS)
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(EXTENSIONS).build();
  /** HTML for reading: any raw HTML left is escaped, unsafe link destinations are emptied. */
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
      .escapeHtml(true).sanitizeUrls(true).build();

  /** Script and style elements lose their content too; their text is code, not prose. */
  private static final Pattern CODE_ELEMENT =
      Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
  /** What is removed from the text before parsing, in this order of preference at each position. */
  private static final Pattern MARKUP = Pattern.compile(
      CODE_ELEMENT.pattern() + "|" + COMMENT.pattern() + "|" + TAG.pattern(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final String NOWHERE = "#";
  /** Writing a cleaned tree back can expose new syntax (an escape undone); a few rounds settle it. */
  private static final int MAX_ROUNDS = 4;

  private Markdown() {}

  public static String sanitise(String markdown) {
    // Tags are removed from the text first (not from code, where they are text) so that prose next
    // to an HTML element (an HTML block swallows its whole line) survives; what the parser still
    // sees as HTML is dropped below.
    String text;
    try {
      text = stripMarkupOutsideCode(markdown);
      for (int round = 0; round < MAX_ROUNDS; round++) {
        List<Edit> edits = edits(text);
        if (edits.isEmpty()) {
          return text.strip();
        }
        text = apply(text, edits);
      }
    } catch (NoSourceSpan e) {
      text = CODE_ELEMENT.matcher(markdown).replaceAll("");
      text = COMMENT.matcher(text).replaceAll("");
      text = TAG.matcher(text).replaceAll("");
    }
    String previous = null;
    for (int round = 0; round < MAX_ROUNDS && !text.equals(previous); round++) {
      previous = text;
      text = clean(text);
    }
    return text.strip();
  }

  /** Stored (sanitised) Markdown as HTML for reviewers to read; safe to show as is. */
  static String render(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }

  /** Replace the text from {@code start} to {@code end} (exclusive) by {@code replacement}. */
  private record Edit(int start, int end, String replacement) {}

  private static String stripMarkupOutsideCode(String markdown) {
    List<int[]> code = new ArrayList<>();
    SPANNING_PARSER.parse(markdown).accept(new AbstractVisitor() {
      @Override
      public void visit(Code node) {
        code.add(range(node));
      }

      @Override
      public void visit(FencedCodeBlock node) {
        code.add(range(node));
      }

      @Override
      public void visit(IndentedCodeBlock node) {
        code.add(range(node));
      }
    });
    Matcher markup = MARKUP.matcher(markdown);
    StringBuilder kept = new StringBuilder(markdown.length());
    int from = 0;
    while (markup.find()) {
      int start = markup.start();
      int end = markup.end();
      if (code.stream().noneMatch(r -> r[0] < end && start < r[1])) {
        kept.append(markdown, from, start);
        from = end;
      }
    }
    return kept.append(markdown.substring(from)).toString();
  }

  /** The edits that remove raw HTML and reference definitions and point unsafe links nowhere. */
  private static List<Edit> edits(String text) {
    List<Edit> edits = new ArrayList<>();
    SPANNING_PARSER.parse(text).accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock html) {
        remove(html);
      }

      @Override
      public void visit(HtmlInline html) {
        remove(html);
      }

      @Override
      public void visit(LinkReferenceDefinition definition) {
        remove(definition);
      }

      @Override
      public void visit(Link link) {
        link(link, "[", link.getDestination(), link.getTitle());
      }

      @Override
      public void visit(Image image) {
        link(image, "![", image.getDestination(), image.getTitle());
      }

      /** An unsafe link points nowhere, a safe one by reference is written inline, any other stays. */
      private void link(Node link, String opening, String destination, String title) {
        if (!isSafe(destination)) {
          pointNowhere(link, opening);
        } else if (byReference(link)) {
          inline(link, opening, destination, title);
        } else {
          visitChildren(link);
        }
      }

      /** {@code [a][r]}, {@code [a][]} or {@code [a]}: its definition goes, so it must carry its destination. */
      private boolean byReference(Node link) {
        int[] whole = range(link);
        String source = text.substring(whole[0], whole[1]);
        return !source.endsWith(")") && !(source.startsWith("<") && source.endsWith(">"));
      }

      private void inline(Node link, String opening, String destination, String title) {
        int[] whole = range(link);
        String target = destination.matches(".*[\\s()<>].*")
            ? "<" + destination.replace("<", "%3C").replace(">", "%3E") + ">" : destination;
        String titled = title == null || title.isEmpty() ? "" : " \"" + title.replace("\"", "\\\"") + "\"";
        edits.add(new Edit(whole[0], whole[1], opening + label(link) + "](" + target + titled + ")"));
      }

      private void remove(Node node) {
        if (node.getSourceSpans().isEmpty()) {
          throw new NoSourceSpan();
        }
        for (SourceSpan span : node.getSourceSpans()) {
          edits.add(new Edit(span.getInputIndex(), span.getInputIndex() + span.getLength(), ""));
        }
      }

      /** {@code [label](#)}, keeping the label as written (an unsafe autolink's label is its text). */
      private void pointNowhere(Node link, String opening) {
        int[] whole = range(link);
        edits.add(new Edit(whole[0], whole[1], opening + label(link) + "](" + NOWHERE + ")"));
      }

      /** The link's text as written (an autolink's is its address, where a bracket needs escaping). */
      private String label(Node link) {
        Node first = link.getFirstChild();
        if (first == null) {
          return "";
        }
        String label = text.substring(range(first)[0], range(link.getLastChild())[1]);
        String source = text.substring(range(link)[0], range(link)[1]);
        return source.startsWith("<") ? label.replace("[", "\\[").replace("]", "\\]") : label;
      }
    });
    return edits;
  }

  /** Applies the edits that do not overlap an earlier one; the next round sees to the rest. */
  private static String apply(String text, List<Edit> edits) {
    List<Edit> accepted = new ArrayList<>();
    for (Edit edit : edits) {
      if (accepted.stream().noneMatch(a -> a.start() < edit.end() && edit.start() < a.end())) {
        accepted.add(edit);
      }
    }
    accepted.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder result = new StringBuilder(text);
    for (Edit edit : accepted) {
      result.replace(edit.start(), edit.end(), edit.replacement());
    }
    return result.toString();
  }

  /** A node the parser gave no source position: the text cannot be edited in place. */
  private static final class NoSourceSpan extends RuntimeException {
    NoSourceSpan() {
      super(null, null, false, false);
    }
  }

  /** Where a node starts and ends in the input (its spans run line by line). */
  private static int[] range(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      throw new NoSourceSpan();
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return new int[] {spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()};
  }

  private static String clean(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Node> dropped = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock html) {
        dropped.add(html);
      }

      @Override
      public void visit(HtmlInline html) {
        dropped.add(html);
      }

      @Override
      public void visit(LinkReferenceDefinition definition) {
        dropped.add(definition);
      }

      @Override
      public void visit(Link link) {
        if (!isSafe(link.getDestination())) {
          link.setDestination(NOWHERE);
          link.setTitle(null);
        }
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        if (!isSafe(image.getDestination())) {
          image.setDestination(NOWHERE);
          image.setTitle(null);
        }
        visitChildren(image);
      }
    });
    dropped.forEach(Node::unlink);
    return RENDERER.render(document);
  }

  /** Relative references and http, https and mailto URLs; anything else could run script. */
  static boolean isSafe(String destination) {
    if (destination == null) {
      return true;
    }
    StringBuilder compact = new StringBuilder(destination.length());
    destination.codePoints()
        .filter(c -> c > 0x20 && !Character.isISOControl(c) && !Character.isWhitespace(c)
            && Character.getType(c) != Character.FORMAT)
        .forEach(compact::appendCodePoint);
    var scheme = SCHEME.matcher(compact.toString().toLowerCase(Locale.ROOT));
    if (scheme.find()) {
      return SAFE_SCHEMES.contains(scheme.group(1));
    }
    // no scheme: a relative reference, unless a colon before any slash makes browsers guess one
    String value = compact.toString();
    int colon = value.indexOf(':');
    int boundary = firstOf(value, "/?#");
    return colon < 0 || (boundary >= 0 && boundary < colon);
  }

  private static int firstOf(String value, String characters) {
    for (int i = 0; i < value.length(); i++) {
      if (characters.indexOf(value.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
