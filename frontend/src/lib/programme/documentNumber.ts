// A document number (文号) of an official document: the issuer's abbreviation, the year in
// hexagonal brackets, the serial number and 号, e.g. 苏人社发〔2023〕12号. The common ways of
// typing the brackets (［］, []) are accepted and written as 〔〕, as the server does.
const PATTERN = /^([\u4e00-\u9fffA-Za-z]{2,30})[〔［[](\d{4})[〕］\]](\d{1,5})号$/u;

/** The earliest year a document of the programme's kind can plausibly carry. */
const EARLIEST_YEAR = 1949;

export type DocumentNumberProblem = 'pattern' | 'year';

export type DocumentNumberCheck =
  { ok: true; normalised: string } | { ok: false; problem: DocumentNumberProblem };

/** Checks a typed document number; `currentYear` bounds the year (no documents from the future). */
export function checkDocumentNumber(raw: string, currentYear: number): DocumentNumberCheck {
  const match = PATTERN.exec(raw.trim());
  if (!match) return { ok: false, problem: 'pattern' };
  const [, issuer = '', year = '', serial = ''] = match;
  const y = Number(year);
  if (y < EARLIEST_YEAR || y > currentYear) return { ok: false, problem: 'year' };
  return { ok: true, normalised: `${issuer}〔${year}〕${serial}号` };
}
