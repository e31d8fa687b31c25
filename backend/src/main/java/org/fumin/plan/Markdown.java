package org.fumin.plan;

import java.util.regex.Pattern;

/**
 * Makes user Markdown safe to store and show: raw HTML (tags and comments) is removed and links
 * or images with script-capable schemes are neutralised. Renderers must still not enable raw HTML.
 */
final class Markdown {

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
  private static final Pattern UNSAFE_LINK = Pattern.compile("\\]\\(\\s*(?i:javascript|vbscript|data|file):[^)]*\\)");

  private Markdown() {}

  static String sanitise(String markdown) {
    String text = COMMENT.matcher(markdown).replaceAll("");
    text = TAG.matcher(text).replaceAll("");
    return UNSAFE_LINK.matcher(text).replaceAll("](#)").strip();
  }
}
