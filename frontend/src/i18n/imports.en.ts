import { Term, term } from './glossary.en';
import type { Resources } from './resources';

// The import page's and the export buttons' texts, in English.
const imports: Resources['imports'] = {
  title: 'Bulk import',
  kind: 'What to import',
  kinds: {
    districts: Term.districts,
    townships: Term.townships,
    users: 'Users',
    nominations: Term.nominations,
    'metric-values': `${Term.evidence} metric values`,
  },
  kindHints: {
    districts: 'administrative code, name, kind (county-level or functional zone)',
    townships: `administrative code, name, the ${term.district}'s code`,
    users: `username, name, role, ${term.district} or ${term.township} code, initial password (changed at first sign-in)`,
    nominations: `${term.round} year, ${term.township} code (within the quota)`,
    'metric-values': `${term.township} code, ${term.indicator} code, metric, value, optionally the ${term.round} year (e.g. every ${term.township}'s pension participation rate)`,
  },
  mode: 'Existing records',
  modes: {
    CREATE: 'Create only (existing ones are errors)',
    UPSERT: 'Create or update',
  },
  template: 'Download a template',
  templateCsv: 'CSV template',
  templateXlsx: 'Excel template',
  templateOf: 'Download the {{format}} template for {{kind}}',
  drop: 'Click or drop a file here',
  dropHint:
    'CSV (UTF-8 or GBK), Excel (xlsx, its first sheet) or JSON; it is checked first, then imported once you confirm',
  uploading: 'Uploading {{name}}',
  checking: 'Checking {{name}}…',
  step: {
    check: 'Check the file',
    commit: 'Confirm the import',
    done: 'Done',
  },
  dryRunOk: 'Checked: {{name}} has {{total}} rows and can be imported',
  dryRunRejected:
    'Not accepted: {{rejected}} rows have errors and nothing was written. Fix the file and upload it again.',
  rejected: 'Import rejected: {{rejected}} rows have errors; nothing was written',
  failed: 'The import stopped on a server error; nothing was written and it can be run again',
  succeeded: 'Imported: {{created}} created, {{updated}} updated, {{unchanged}} unchanged',
  commit: 'Import {{total}} rows',
  commitTitle: 'Confirm the import',
  commitBody:
    'Import the {{total}} rows of {{name}} as {{kind}}: {{created}} created, {{updated}} updated, {{unchanged}} unchanged. The import is atomic: every row is written or none.',
  running: 'Importing: {{processed}} of {{total}} rows processed',
  progressLabel: 'Import progress',
  uploadProgress: 'Upload progress',
  another: 'Import another file',
  counts: {
    total: 'Rows',
    created: 'Created',
    updated: 'Updated',
    unchanged: 'Unchanged',
    rejected: 'Rows with errors',
  },
  errors: 'Errors ({{count}} kinds)',
  warnings: 'Warnings ({{count}} kinds; they do not stop the import)',
  problem: {
    rows: 'Rows',
    column: 'Column',
    code: 'Code',
    message: 'Message',
    count: 'Row count',
    moreRows: 'and {{count}} rows in all',
  },
  history: 'Import history',
  historyEmpty: 'No imports yet',
  job: {
    createdAt: 'When',
    kind: 'What',
    fileName: 'File',
    createdBy: 'By',
    state: 'Outcome',
    counts: 'Created / updated / unchanged / errors',
    idempotencyKey: 'Idempotency-Key',
    report: 'Report',
    dryRun: 'Check',
    downloadReport: 'Download the report',
    downloadReportOf: 'Download the report of import {{id}} (CSV)',
  },
  state: {
    RUNNING: 'Running',
    SUCCEEDED: 'Succeeded',
    REJECTED: 'Rejected',
    FAILED: 'Failed',
  },
  export: {
    label: 'Export',
    csv: 'Export CSV',
    xlsx: 'Export Excel',
    hint: 'Exports what the current filters show',
  },
};

export default imports;
