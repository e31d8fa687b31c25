import { toApiError } from '../lib/api/problem';

/**
 * Shows a PDF attachment in a new tab. The download answers `Content-Disposition: attachment`
 * (so a link would save it), hence the bytes are fetched and opened as a PDF blob. The tab is
 * opened at once, inside the click, so that popup blockers let it through.
 */
export async function openPdfInNewTab(url: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      throw toApiError(response, body);
    }
    const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
    const objectUrl = URL.createObjectURL(blob);
    if (tab) tab.location.href = objectUrl;
    else window.location.assign(objectUrl);
    // The tab has loaded it by then; the URL is not needed any longer.
    setTimeout(() => {
      URL.revokeObjectURL(objectUrl);
    }, 60_000);
  } catch (e: unknown) {
    tab?.close();
    throw e;
  }
}
