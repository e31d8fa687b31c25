import Markdown, { type Components } from 'react-markdown';

// Headings in the text sit under the page's own (h1 page, h2 section, h3 parts): shift them down
// so the outline stays in order.
const COMPONENTS: Components = {
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h5>{children}</h5>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
  h6: ({ children }) => <h6>{children}</h6>,
};

/**
 * Markdown rendered safely: raw HTML is dropped (`skipHtml`, and no raw-HTML plugin), and
 * react-markdown's default URL filter turns script links into nothing.
 */
export function MarkdownView({ source }: { source: string }) {
  return (
    <div className="markdown-view" style={{ overflowWrap: 'anywhere' }}>
      <Markdown skipHtml components={COMPONENTS}>
        {source}
      </Markdown>
    </div>
  );
}
