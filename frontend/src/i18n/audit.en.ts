import type { Resources } from './resources';

// The audit feature's texts, in English.
const audit: Pick<Resources, 'audit'> = {
  audit: {
    title: 'Audit log',
    at: 'Time',
    actor: 'Actor',
    actorFilter: 'Filter by actor',
    actorPlaceholder: 'Username or key name',
    action: 'Action',
    actionFilter: 'Filter by action',
    entityType: 'Entity type',
    entityTypeFilter: 'Filter by entity type',
    entityId: 'Entity id',
    entityIdFilter: 'Filter by entity id',
    range: 'Time range',
    rangeStart: 'From',
    rangeEnd: 'To',
    apply: 'Search',
    before: 'Before',
    after: 'After',
    nothing: '(none)',
    clientAddress: 'Client address',
    requestId: 'Request id',
    details: 'Details',
    expand: 'Show details of entry {{id}}',
    collapse: 'Hide details of entry {{id}}',
    changes: 'Changes',
    colon: ': ',
    field: 'Field',
    unchanged: '{{count}} other fields unchanged',
    noChanges: 'No field changed.',
    timesNote: 'Times are Beijing time.',
    yes: 'Yes',
    no: 'No',
    empty: '(empty)',
    itemCount: '{{count}} items',
    actorTypes: {
      USER: 'User',
      API_KEY: 'API key',
      ANONYMOUS: 'Anonymous',
      SYSTEM: 'System',
    },
  },
};

export default audit;
