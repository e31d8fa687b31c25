// Prints what the first screen costs: the entry script of dist/index.html plus every module it
// preloads, each gzipped at level 9, summed, and its ratio to the 350 KB budget.
// Works from any directory; needs a prior `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');
const indexHtml = join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`first-route-size: ${indexHtml} is missing; run \`npm run build\` first.`);
  process.exit(2);
}
const html = readFileSync(indexHtml, 'utf8');
const scripts = [
  ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
].map((match) => match[1]);
const files = [...new Set(scripts)].map((src) => {
  const bytes = readFileSync(join(dist, src.replace(/^\//, '')));
  const gzipped = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  return { src, kb: gzipped / 1024 };
});
const totalKb = files.reduce((sum, file) => sum + file.kb, 0);
for (const file of files) console.log(`${file.kb.toFixed(1).padStart(8)} KB  ${file.src}`);
console.log(
  `first route: ${totalKb.toFixed(1)} KB gzipped (${String(files.length)} files), ` +
    `${(totalKb / BUDGET_KB).toFixed(2)} of the ${String(BUDGET_KB)} KB budget`,
);
