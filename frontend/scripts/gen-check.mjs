// Fails when a generated file is not what the generators make of ../openapi.yaml:
// src/lib/api/schema.gen.ts (openapi-typescript) and src/lib/auth/access.gen.ts (gen-access.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCESS_FILE, renderAccess } from './gen-access.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committedSchema = join(root, 'src/lib/api/schema.gen.ts');

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function freshSchema() {
  const dir = mkdtempSync(join(tmpdir(), 'fumin-gen-'));
  const fresh = join(dir, 'schema.gen.ts');
  try {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/openapi-typescript/bin/cli.js'),
        join(root, '../openapi.yaml'),
        // Keep in step with the `gen` script in package.json.
        '--empty-objects-unknown',
        '-o',
        fresh,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return readFileSync(fresh, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stale = [
  [committedSchema, freshSchema()],
  [ACCESS_FILE, await renderAccess()],
]
  .filter(([file, fresh]) => readOrEmpty(file) !== fresh)
  .map(([file]) => relative(root, file));

if (stale.length > 0) {
  console.error(
    `gen:check: ${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} out of date with ../openapi.yaml.\n` +
      'Run `npm run gen` (or `make gen`) and commit the result.',
  );
  process.exit(1);
}
console.log(
  'gen:check: src/lib/api/schema.gen.ts and src/lib/auth/access.gen.ts match ../openapi.yaml',
);
