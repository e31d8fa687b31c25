import { Term, term } from './glossary.en';
import type { Resources } from './resources';

// The townships feature's texts, in English.
const townships: Pick<Resources, 'township'> = {
  township: {
    listTitle: Term.townships,
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
  },
};

export default townships;
