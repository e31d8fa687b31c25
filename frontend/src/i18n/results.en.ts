import { Term, term } from './glossary.en';

// The public results page's texts in English, with the keys of results.zh-CN.ts.
const results = {
  title: 'Employment-for-prosperity rural revitalisation bases: public list',
  siteName: `Yangzhou employment-for-prosperity rural revitalisation ${term.base}s`,
  intro: `The ${term.base}s named by the city's Human Resources and Social Security Bureau after the year-end ${term.assessment}, and the titles it has revoked.`,
  year: 'Year',
  yearLabel: 'Year of the list',
  yearN: '{{year}}',
  named: `Named ${term.base}s`,
  namedCaption: `${Term.base}s named in {{year}}`,
  revoked: 'Revoked titles',
  revokedCaption: 'Titles revoked in {{year}}',
  township: Term.townshipOrStreet,
  district: Term.district,
  documentNumber: 'Naming document',
  namedOn: 'Named on',
  revokedOn: 'Revoked on',
  revocationDocument: 'Revocation document',
  reason: 'Reason',
  noneNamed: `No ${term.base}s have been published for this year.`,
  noneRevoked: 'No titles were revoked in this year.',
  cases: 'Typical cases',
  casesCaption: 'Typical cases published for {{year}}',
  caseTitle: 'Case',
  publishedOn: 'Published on',
  noCases: 'No typical cases have been published for this year.',
  casesLoadFailed: 'The typical cases cannot be loaded right now',
  loadFailed: 'The list cannot be loaded just now',
  retry: 'Retry',
  tooMany: 'Too many requests; please try again shortly.',
  signIn: 'Staff sign-in',
  language: 'Language',
  skipToContent: 'Skip to main content',
};

export default results;
