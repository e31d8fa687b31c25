import { Term, term } from './glossary.en';
import type { Resources } from './resources';

// The texts shared by the app shell and src/components, in English.
const common: Pick<
  Resources,
  | 'app'
  | 'careMode'
  | 'nav'
  | 'common'
  | 'confirmDelete'
  | 'problem'
  | 'notFound'
  | 'secret'
  | 'countdown'
  | 'quotaMeter'
  | 'roundSelector'
> = {
  app: {
    title: `Yangzhou Rural Revitalization ${Term.base} Programme`,
    shortTitle: 'Rural Revitalization Bases',
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    openNav: 'Open navigation',
    closeNav: 'Close navigation',
    language: 'Interface language',
    bureau: 'Yangzhou Municipal Human Resources and Social Security Bureau',
  },
  careMode: {
    label: 'Large type',
    hint: 'Elder-friendly mode: larger type, higher contrast, larger buttons',
  },
  nav: {
    overview: 'Overview',
    districts: Term.districts,
    townships: Term.townships,
    users: 'Users',
    apiKeys: 'API keys',
    audit: 'Audit log',
    account: 'My account',
    rounds: Term.rounds,
    frameworks: `Indicator ${term.framework}`,
    nominations: Term.nominations,
    evidenceReview: `${Term.evidence} review`,
    assessment: 'Assessment',
    ranking: 'Provincial ranking',
    notifications: 'Notifications',
    imports: 'Bulk import',
    cases: 'Typical cases',
  },
  common: {
    /** A label and its value on one line: the colon is the language's own. */
    labelled: '{{label}}: {{value}}',
    actions: 'Actions',
    create: 'New',
    edit: 'Edit',
    editItem: 'Edit {{name}}',
    delete: 'Delete',
    deleteItem: 'Delete {{name}}',
    view: 'View',
    save: 'Save',
    cancel: 'Cancel',
    retry: 'Retry',
    reload: 'Reload',
    back: 'Back',
    search: 'Search',
    loading: 'Loading…',
    createdAt: 'Created',
    updatedAt: 'Updated',
    total: '{{total}} in total',
    pageSize: 'Rows per page',
    pagination: 'Pagination',
    empty: 'No data',
    emptyFiltered: 'No records match the filters',
    clearFilters: 'Clear filters',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    clear: 'Clear',
    prevPage: 'Previous page',
    nextPage: 'Next page',
    confirm: 'OK',
    yes: 'Yes',
    no: 'No',
    all: 'All',
    sortBy: 'Sort by',
    defaultOrder: 'Default order',
    ascending: '{{column}} (ascending)',
    descending: '{{column}} (descending)',
    details: 'Details',
  },
  confirmDelete: {
    title: 'Confirm deletion',
    body: 'Delete “{{name}}”? This cannot be undone.',
    ok: 'Delete',
    deleted: 'Deleted “{{name}}”',
  },
  problem: {
    requestId: 'Request ID: {{id}}',
    network: 'Cannot reach the server',
    networkDetail: 'Check your network connection and try again.',
    unexpected: 'The server sent a response that could not be understood',
    stale: 'This record was changed by someone else',
    staleDetail: 'You are looking at an old version. Reload the latest data before editing.',
    otherViolations: 'The request did not pass validation:',
    retryAfter_one: 'Please try again in {{count}} second.',
    retryAfter_other: 'Please try again in {{count}} seconds.',
  },
  notFound: {
    title: 'Page not found',
    detail: 'The address you opened does not exist or has been removed.',
    home: 'Back to the home page',
    recordDetail: 'The record does not exist or is outside your scope.',
    noAccessTitle: 'No access',
    noAccessDetail: 'Your role may not use this page. Ask a city administrator if you need it.',
  },
  secret: {
    warning:
      'This is shown only once and cannot be viewed again after closing. Copy it now and keep it safe.',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Could not copy; select the text and copy it by hand',
    done: 'I have saved it, close',
  },
  countdown: {
    daysHours: '{{days}} d {{hours}} h left',
    hoursMinutes: '{{hours}} h {{minutes}} min left',
    minutes: '{{minutes}} min left',
    passed: 'Passed',
  },
  quotaMeter: {
    label: 'Quota used',
    labelOf: 'Quota used by {{name}}',
    value: '{{used}} of {{quota}} used',
    full: '(full)',
    none: 'No places',
  },
  roundSelector: {
    label: Term.round,
    option: '{{name}} ({{state}})',
  },
};

export default common;
