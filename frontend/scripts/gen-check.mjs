// Fails when src/lib/api/schema.gen.ts is not what openapi-typescript makes of ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/lib/api/schema.gen.ts');
const dir = mkdtempSync(join(tmpdir(), 'fumin-gen-'));
const fresh = join(dir, 'schema.gen.ts');
try {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/openapi-typescript/bin/cli.js'),
      join(root, '../openapi.yaml'),
      '-o',
      fresh,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  let current = '';
  try {
    current = readFileSync(committed, 'utf8');
  } catch {
    current = '';
  }
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error(
      'gen:check: src/lib/api/schema.gen.ts is out of date with ../openapi.yaml.\n' +
        'Run `npm run gen` (or `make gen`) and commit the result.',
    );
    process.exit(1);
  }
  console.log('gen:check: src/lib/api/schema.gen.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
