import { Term, term } from './glossary.en';
import type { Resources } from './resources';

// The overview feature's texts, in English.
const overview: Pick<Resources, 'overview'> = {
  overview: {
    title: 'Overview',
    intro: `Where the current ${term.round} stands, and the administrative divisions underlying the rural revitalization ${term.base} programme.`,
    districts: Term.districts,
    countyLevel: 'of which county-level units',
    functionalZones: `of which ${term.functionalZones}`,
    townships: `${Term.townships} and sub-${term.districts}`,
    viewDistricts: `View all ${term.districts}`,
    viewCountyLevel: 'View county-level units',
    viewFunctionalZones: `View ${term.functionalZones}`,
    viewTownships: `View all ${term.townships}`,
    currentRound: {
      title: `Current ${term.round}`,
      none: `No ${term.round} has been set up yet.`,
      viewRounds: `View ${term.rounds}`,
      state: `${Term.round} status`,
      nextDeadline: 'Next deadline',
      deadlineOf: '{{phase}}: {{deadline}} (Beijing time)',
      allPassed: 'All phases have closed',
      nominations: `${Term.nominations} by status`,
      scope: 'Counted for: {{scope}}',
      wholeCity: 'the whole city',
      total: 'All',
      viewNominations: `View ${term.nominations}`,
    },
  },
};

export default overview;
