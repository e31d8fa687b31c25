import Markdown from 'react-markdown';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
}

function headings(node: MdNode): MdNode[] {
  return [...(node.type === 'heading' ? [node] : []), ...(node.children ?? []).flatMap(headings)];
}

/**
 * Headings in the text continue the page's outline: the text's top heading level (often `##`)
 * becomes `startLevel`, deeper ones follow it, none beyond h6. So `##` under the page's h3 is an
 * h4, never an h5 that skips a level.
 */
function continueOutline(startLevel: HeadingLevel) {
  return () => (tree: MdNode) => {
    const found = headings(tree);
    const top = Math.min(...found.map((h) => h.depth ?? 1));
    for (const h of found) h.depth = Math.min(6, startLevel + (h.depth ?? 1) - top);
  };
}

/**
 * Markdown rendered safely: raw HTML is dropped (`skipHtml`, and no raw-HTML plugin), and
 * react-markdown's default URL filter turns script links into nothing. `startLevel` is the level
 * right under the heading the text sits under (an h3 section's text starts at 4).
 */
export function MarkdownView({ source, startLevel }: { source: string; startLevel: HeadingLevel }) {
  return (
    <div className="markdown-view" style={{ overflowWrap: 'anywhere' }}>
      <Markdown skipHtml remarkPlugins={[continueOutline(startLevel)]}>
        {source}
      </Markdown>
    </div>
  );
}
