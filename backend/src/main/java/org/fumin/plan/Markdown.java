package org.fumin.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Makes user Markdown safe to store and show. The text is parsed as CommonMark (with GFM tables),
 * the syntax tree is cleaned against an allow-list, and the tree is written back as Markdown:
 * raw HTML is dropped, and a link or image whose destination (entities decoded, control and
 * white-space characters removed, as browsers do) has a scheme other than http, https or mailto
 * points to {@code #} instead. Reference definitions are dropped once their links are resolved.
 */
public final class Markdown {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().extensions(EXTENSIONS).build();
  /** HTML for reading: any raw HTML left is escaped, unsafe link destinations are emptied. */
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS)
      .escapeHtml(true).sanitizeUrls(true).build();

  /** Script and style elements lose their content too; their text is code, not prose. */
  private static final Pattern CODE_ELEMENT =
      Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final String NOWHERE = "#";
  /** Writing a cleaned tree back can expose new syntax (an escape undone); a few rounds settle it. */
  private static final int MAX_ROUNDS = 4;

  private Markdown() {}

  public static String sanitise(String markdown) {
    // Tags are removed from the text first so that prose next to an HTML element (an HTML block
    // swallows its whole line) survives; what the parser still sees as HTML is dropped below.
    String text = CODE_ELEMENT.matcher(markdown).replaceAll("");
    text = COMMENT.matcher(text).replaceAll("");
    text = TAG.matcher(text).replaceAll("");
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
