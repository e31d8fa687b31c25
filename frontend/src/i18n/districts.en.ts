import { Term, term } from './glossary.en';
import type { Resources } from './resources';

// The districts feature's texts, in English.
const districts: Pick<Resources, 'district'> = {
  district: {
    listTitle: Term.districts,
    listTitleReadOnly: Term.districts,
    entity: Term.district,
    code: 'Administrative code',
    name: 'Name',
    kind: 'Kind',
    townshipCount: Term.townships,
    searchLabel: `Search ${term.districts} by name or code`,
    searchPlaceholder: 'Name or code',
    kindFilter: 'Filter by kind',
    allKinds: 'All kinds',
    createTitle: `New ${term.district}`,
    editTitle: `Edit ${term.district}: {{name}}`,
    created: `${Term.district} “{{name}}” created`,
    updated: `${Term.district} “{{name}}” saved`,
    detailTitle: `${Term.district} details`,
    townships: Term.townships,
    notFound: `${Term.district} not found or no access`,
    codeRequired: 'Enter the administrative code',
    codePattern: 'The administrative code must be 6 digits',
    nameRequired: 'Enter the name',
    nameMax: 'The name must be at most 64 characters',
    kindRequired: 'Choose the kind',
    kinds: {
      COUNTY_LEVEL: 'County-level unit',
      FUNCTIONAL_ZONE: Term.functionalZone,
    },
  },
};

export default districts;
