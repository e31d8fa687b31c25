/** Only same-site paths: `next` comes from the URL and must not send the user elsewhere. */
export function safeNext(raw: string | null): string {
  return raw?.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\') ? raw : '/';
}
