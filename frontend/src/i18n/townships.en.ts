import { Term, term } from './glossary.en';
import type { Resources } from './resources';

// The townships feature's texts, in English.
const townships: Pick<Resources, 'township'> = {
  township: {
    listTitle: Term.townships,
    listTitleReadOnly: Term.townships,
    entity: Term.township,
    code: 'Administrative code',
    name: 'Name',
    district: Term.district,
    searchLabel: `Search ${term.townships} by name or code`,
    searchPlaceholder: 'Name or code',
    districtFilter: `Filter by ${term.district}`,
    allDistricts: `All ${term.districts}`,
    createTitle: `New ${term.township}`,
    editTitle: `Edit ${term.township}: {{name}}`,
    created: `${Term.township} “{{name}}” created`,
    updated: `${Term.township} “{{name}}” saved`,
    detailTitle: `${Term.township} details`,
    notFound: `${Term.township} not found or no access`,
    codeRequired: 'Enter the administrative code',
    codePattern: 'The administrative code must be 9 or 12 digits',
    codePrefix: `The code must start with the ${term.district} code {{prefix}}`,
    nameRequired: 'Enter the name',
    nameMax: 'The name must be at most 64 characters',
    districtRequired: `Choose the ${term.district}`,
    history: {
      title: 'History',
      rounds: `${Term.nominations} and verdicts by year`,
      noRounds: `This ${term.township} has not been nominated yet.`,
      roundLine: '{{year}}: {{state}}',
      provincialCandidate: `${term.provincial} candidate`,
      verdictLine: 'verdict: {{decision}} ({{status}})',
      corrected: 'corrected because: {{reason}}',
      decision: { NAMED: `named a ${term.base}`, NOT_NAMED: 'not named' },
      verdictStatus: {
        CONFIRMED: 'confirmed, not published',
        PUBLISHED: 'published',
        SUPERSEDED: 'corrected',
      },
      titles: `${Term.base} titles`,
      noTitles: `This ${term.township} holds no ${term.base} title.`,
      titleOf: 'Named in {{year}}',
      state: 'State',
      titleState: { ACTIVE: 'Held', REVOKED: 'Revoked' },
      namedBy: 'Naming document and date',
      revokedBy: 'Revocation document and date',
      revocationReason: 'Reason for revocation',
      revoke: 'Revoke title',
      revokeTitle: `Revoke a ${term.base} title`,
      revokeBody:
        'Revoke the title “{{name}}” holds under {{document}}. The revoked title stays in the history and is listed on the public results page.',
      reasonRequired: 'Give the reason for the revocation',
      revocationDocument: 'Revocation document number',
      documentHint: 'For example 扬人社发〔2025〕9号 (brackets ［］ or [] are saved as 〔〕)',
      documentRequired: 'Enter the revocation document number',
      document: {
        pattern:
          'Not a valid document number: issuer, year in brackets, serial number and 号, e.g. 扬人社发〔2025〕9号',
        year: 'The year in the document number is not valid (it cannot be after this year)',
      },
      revokedOn: 'Revoked on',
      revokedOnRequired: 'Choose the revocation date',
      revoked: 'Title of “{{name}}” revoked',
    },
  },
};

export default townships;
