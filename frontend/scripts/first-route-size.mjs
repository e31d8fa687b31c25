// Prints what the first screen costs, gzipped at level 9 (as a server would send it):
// - the shell: the entry script of dist/index.html plus every module it preloads;
// - each first page: the shell plus the lazy chunk of that page (the overview for a signed-in
//   user, the login page otherwise) and every chunk it statically imports that the shell lacks.
// The budget (350 KB) holds for the larger of the two first pages. Exits with 1 when it is over.
// `--json` prints the figures as one JSON object instead (backend/bench reads it).
// Works from any directory; needs a prior `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const json = process.argv.includes('--json');
const print = (line) => {
  if (!json) console.log(line);
};
/** The pages a first visit can land on: chunk name prefix in dist/assets. */
const FIRST_PAGES = ['overview', 'login'];

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`first-route-size: ${indexHtml} is missing; run \`npm run build\` first.`);
  process.exit(2);
}
const html = readFileSync(indexHtml, 'utf8');
const shell = new Set(
  [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1].replace(/^\//, '')),
);

const sizes = new Map();
function gzipKb(file) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(dist, file));
    sizes.set(file, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length / 1024);
  }
  return sizes.get(file);
}

/** The chunks a module loads before it runs: its static imports, transitively (not import()). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g,
  )) {
    staticClosure(join(dirname(file), match[1]), seen);
  }
  return seen;
}

const sum = (files) => [...files].reduce((total, file) => total + gzipKb(file), 0);
const shellKb = sum(shell);
for (const file of shell) print(`${gzipKb(file).toFixed(1).padStart(8)} KB  /${file}`);
print(`shell: ${shellKb.toFixed(1)} KB gzipped (${String(shell.size)} files)`);

const assets = readdirSync(join(dist, 'assets'));
let worstKb = shellKb;
const pages = {};
for (const name of FIRST_PAGES) {
  const chunk = assets.find((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));
  if (!chunk) {
    console.error(`first-route-size: no ${name}-*.js chunk in dist/assets`);
    process.exit(2);
  }
  const extra = [...staticClosure(`assets/${chunk}`)].filter((file) => !shell.has(file));
  const extraKb = sum(extra);
  worstKb = Math.max(worstKb, shellKb + extraKb);
  pages[name] = {
    gzipKb: shellKb + extraKb,
    lazyFiles: extra.map((file) => ({ file, gzipKb: gzipKb(file) })),
  };
  print(
    `first screen "${name}": ${(shellKb + extraKb).toFixed(1)} KB gzipped ` +
      `(shell + ${extraKb.toFixed(1)} KB in ${String(extra.length)} lazy files: ${extra.map((f) => f.replace('assets/', '')).join(', ')})`,
  );
}
print(
  `first route: ${worstKb.toFixed(1)} KB gzipped at most, ` +
    `${(worstKb / BUDGET_KB).toFixed(2)} of the ${String(BUDGET_KB)} KB budget`,
);
if (json) {
  const shellFiles = [...shell].map((file) => ({ file, gzipKb: gzipKb(file) }));
  console.log(JSON.stringify({ gzipKb: worstKb, budgetKb: BUDGET_KB, shellKb, shellFiles, pages }));
} else if (worstKb > BUDGET_KB) process.exitCode = 1;
