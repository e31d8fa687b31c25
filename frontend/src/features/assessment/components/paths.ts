/** The judgement page of a nomination, optionally at one indicator. */
export function judgePath(nominationId: number, indicatorCode?: string): string {
  const base = `/assessment/${String(nominationId)}`;
  return indicatorCode === undefined
    ? base
    : `${base}?indicator=${encodeURIComponent(indicatorCode)}`;
}

/** The verdict page of a nomination. */
export function verdictPath(nominationId: number): string {
  return `/assessment/${String(nominationId)}/verdict`;
}
