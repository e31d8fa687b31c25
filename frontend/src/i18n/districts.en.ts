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
    quotaTitle: `${Term.quota} use`,
    quotaRound: Term.round,
    quotaRoundState: 'Status',
    quotaUse: `Used of ${term.quota}`,
    quotaEmpty: `No ${term.round} has opened yet`,
    usersTitle: 'Users',
    userStatus: 'Status',
    userEnabled: 'Enabled',
    userDisabled: 'Disabled',
    usersEmpty: `No users in this ${term.district} yet`,
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
    // What deleting a district would meet, named in its confirmation.
    deleteTownships_one: `“{{name}}” has {{count}} ${term.township}. A ${term.district} with ${term.townships} cannot be deleted: delete or move them first.`,
    deleteTownships_other: `“{{name}}” has {{count}} ${term.townships}. A ${term.district} with ${term.townships} cannot be deleted: delete or move them first.`,
    deleteLiveNominations_one: `{{count}} of their ${term.nominations} is being cultivated or assessed (neither withdrawn nor decided).`,
    deleteLiveNominations_other: `{{count}} of their ${term.nominations} are being cultivated or assessed (neither withdrawn nor decided).`,
  },
};

export default districts;
