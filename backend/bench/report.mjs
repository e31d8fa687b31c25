// The figures of the benchmark: each one reads the raw measurements taken by bench.mjs and
// states its goal. bench.mjs imports this to print the table and write bench-results.json;
// run it alone to re-derive the table from a previous run (e.g. after changing a goal):
//
//   node backend/bench/report.mjs [backend/target/bench-results.json]
//
// To add a figure: add an entry to FIGURES (and, if it needs a new HTTP load, a scenario to
// SCENARIOS in bench.mjs; its measurements appear under m.http.<scenario name>).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ---- goals -------------------------------------------------------------------------------
const atMost = (limit) => ({ text: `<= ${limit}`, pass: (f) => f.value <= limit });
const atLeast = (limit) => ({ text: `>= ${limit}`, pass: (f) => f.value >= limit });
const ratioAtLeast = (limit) => ({ text: `>= ${limit}x baseline`, pass: (f) => f.ratio !== null && f.ratio >= limit });
const informational = () => ({ text: 'informational', informational: true, pass: () => true });

// m.http.<scenario>: { rps, p50Ms, p90Ms, p99Ms, maxMs, requests, non2xx, socketErrors,
//                      cpuMsPerRequest (JVM + PostgreSQL), jvmCpuMsPerRequest, pgCpuMsPerRequest, ... }
// m.pgbench: { tps, latencyAvgMs, cpuMsPerTransaction, ... }   m.load: { seconds, districts, townships, nominations }
// m.spa: { gzipKb, rawKb, files: [{ file, bytes, gzipBytes }] } (the SPA's first route)
export const FIGURES = [
  {
    name: 'township_read_throughput',
    unit: 'req/s',
    scenarios: ['township_read'],
    value: (m) => m.http.township_read.rps,
    baseline: (m) => m.pgbench.tps,
    goal: ratioAtLeast(0.5),
  },
  {
    name: 'township_read_p99',
    unit: 'ms',
    scenarios: ['township_read'],
    value: (m) => m.http.township_read.p99Ms,
    goal: atMost(20),
  },
  {
    name: 'township_list_p99_first',
    unit: 'ms',
    scenarios: ['township_list_first'],
    value: (m) => m.http.township_list_first.p99Ms,
    goal: atMost(50),
  },
  {
    name: 'township_list_p99_middle',
    unit: 'ms',
    scenarios: ['township_list_middle'],
    value: (m) => m.http.township_list_middle.p99Ms,
    goal: atMost(50),
  },
  {
    name: 'township_list_p99_last',
    unit: 'ms',
    scenarios: ['township_list_last'],
    value: (m) => m.http.township_list_last.p99Ms,
    goal: atMost(50),
  },
  {
    name: 'township_list_last_vs_first_p99',
    unit: 'x',
    scenarios: ['township_list_first', 'township_list_last'],
    value: (m) => m.http.township_list_last.p99Ms / m.http.township_list_first.p99Ms,
    goal: atMost(1.5),
  },
  {
    name: 'township_list_by_district_p99',
    unit: 'ms',
    scenarios: ['township_list_by_district'],
    value: (m) => m.http.township_list_by_district.p99Ms,
    goal: atMost(50),
  },
  {
    // server CPU per request: steadier than throughput when other work shares the machine
    name: 'township_read_cpu_per_request',
    unit: 'ms',
    scenarios: ['township_read'],
    value: (m) => m.http.township_read.cpuMsPerRequest,
    baseline: (m) => m.pgbench.cpuMsPerTransaction,
    goal: informational(),
  },
  {
    // statements sent to PostgreSQL per read (each autocommit statement is a transaction): a count,
    // unmoved by the machine's load; 1 is the read itself
    name: 'township_read_db_transactions_per_request',
    unit: 'xact',
    scenarios: ['township_read'],
    value: (m) => m.http.township_read.dbTransactionsPerRequest,
    goal: informational(),
  },
  {
    name: 'township_list_last_cpu_per_request',
    unit: 'ms',
    scenarios: ['township_list_last'],
    value: (m) => m.http.township_list_last.cpuMsPerRequest,
    goal: informational(),
  },
  {
    name: 'nomination_list_p99',
    unit: 'ms',
    scenarios: ['nomination_list'],
    value: (m) => m.http.nomination_list.p99Ms,
    goal: atMost(50),
  },
  {
    name: 'nomination_list_cpu_per_request',
    unit: 'ms',
    scenarios: ['nomination_list'],
    value: (m) => m.http.nomination_list.cpuMsPerRequest,
    goal: informational(),
  },
  {
    name: 'nomination_statistics_p99',
    unit: 'ms',
    scenarios: ['nomination_statistics'],
    value: (m) => m.http.nomination_statistics.p99Ms,
    goal: atMost(50),
  },
  {
    name: 'nomination_statistics_cpu_per_request',
    unit: 'ms',
    scenarios: ['nomination_statistics'],
    value: (m) => m.http.nomination_statistics.cpuMsPerRequest,
    goal: informational(),
  },
  {
    // the entry module and its modulepreloads from frontend/dist/index.html, gzipped
    name: 'spa_first_route_js_gzip',
    unit: 'KB',
    value: (m) => m.spa.gzipKb,
    baseline: () => 350,
    goal: atMost(350),
  },
  {
    name: 'pgbench_select_tps',
    unit: 'tps',
    value: (m) => m.pgbench.tps,
    goal: informational(),
  },
  {
    // 100,000 township rows: the import API (CSV, validated, batched, audited) against COPY of the same rows
    name: 'township_import_rows_per_second',
    unit: 'rows/s',
    step: 'township_import',
    value: (m) => m.import.importRowsPerSecond,
    baseline: (m) => m.import.copyRowsPerSecond,
    goal: ratioAtLeast(0.4),
  },
  {
    name: 'township_export_seconds',
    unit: 's',
    step: 'township_import',
    value: (m) => m.import.exportSeconds,
    goal: atMost(3),
  },
  {
    name: 'township_export_rows_per_second',
    unit: 'rows/s',
    step: 'township_import',
    value: (m) => m.import.exportRowsPerSecond,
    goal: informational(),
  },
  {
    // sampled with jstat every 100 ms while the export streams: flat means it does not grow with the rows
    name: 'township_export_peak_heap',
    unit: 'MB',
    step: 'township_import',
    value: (m) => m.import.exportPeakHeapMb,
    goal: informational(),
  },
  {
    name: 'bulk_load_seconds',
    unit: 's',
    value: (m) => m.load.seconds,
    goal: informational(),
  },
];

// ---- evaluation --------------------------------------------------------------------------
const round = (x, digits = 3) => (x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits)));

function safe(fn, m) {
  try {
    const v = fn(m);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

/** Figures from measurements: [{name, value, unit, baseline, ratio, goal, pass, error?}]. */
export function evaluate(m) {
  return FIGURES.map((def) => {
    const value = safe(def.value, m);
    const baseline = def.baseline ? safe(def.baseline, m) : null;
    const ratio = value !== null && baseline ? value / baseline : null;
    const figure = { name: def.name, value: round(value), unit: def.unit, baseline: round(baseline), ratio: round(ratio), goal: def.goal.text, pass: false };
    const errors = [];
    if ([...(def.scenarios ?? []), ...(def.step ? [def.step] : [])].some((s) => m.skipped?.includes(s))) {
      return { ...figure, skipped: true, informational: true }; // left out with BENCH_SCENARIOS
    }
    for (const s of def.scenarios ?? []) {
      const run = m.http?.[s];
      if (!run) errors.push(`scenario ${s} did not run`);
      else if (run.non2xx > 0 || run.socketErrors > 0) errors.push(`${s}: ${run.non2xx} non-2xx, ${run.socketErrors} socket errors`);
      else if (!(run.requests > 0)) errors.push(`${s}: no requests completed`);
    }
    if (value === null && !def.goal.informational) errors.push('no value measured');
    if (errors.length) {
      figure.error = errors.join('; ');
    } else {
      figure.pass = def.goal.pass({ value, baseline, ratio });
    }
    if (def.goal.informational) figure.informational = true;
    return figure;
  });
}

/** Goals met, goals in all, and whether the harness saw an error (any figure with `error`). */
export function summarize(figures) {
  const goals = figures.filter((f) => !f.informational && !f.skipped);
  return {
    met: goals.filter((f) => f.pass).length,
    total: goals.length,
    harnessErrors: figures.filter((f) => f.error).map((f) => `${f.name}: ${f.error}`),
  };
}

// ---- printing ----------------------------------------------------------------------------
const fmt = (x) => {
  if (x === null || x === undefined) return '-';
  if (typeof x !== 'number') return String(x);
  if (Math.abs(x) >= 1000) return x.toFixed(0);
  if (Math.abs(x) >= 100) return x.toFixed(1);
  if (Math.abs(x) >= 0.1 || x === 0) return x.toFixed(2);
  return x.toFixed(3);
};

export function table(headers, rows, rightAligned = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (rightAligned.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printScenarios(m) {
  const rows = Object.entries(m.http ?? {}).map(([name, r]) => [
    name, r.requests, fmt(r.rps), fmt(r.p50Ms), fmt(r.p90Ms), fmt(r.p99Ms), fmt(r.maxMs), r.non2xx, r.socketErrors,
    fmt(r.jvmCpuMsPerRequest), fmt(r.pgCpuMsPerRequest),
  ]);
  if (m.pgbench) {
    const p = m.pgbench;
    rows.push(['pgbench -S (baseline)', p.transactions, fmt(p.tps), '-', '-', '-', '-', 0, 0, '-', fmt(p.cpuMsPerTransaction)]);
  }
  const headers = ['scenario', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'non-2xx', 'sock err', 'jvm cpu ms/req', 'pg cpu ms/req'];
  console.log(table(headers, rows, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  for (const [name, r] of Object.entries(m.http ?? {})) console.log(`  ${name}: GET ${r.path}`);
  if (m.pgbench?.runsTps) console.log(`  pgbench -S runs (tps, the median one is the baseline): ${m.pgbench.runsTps.map(fmt).join(', ')}`);
}

export function printFigures(figures) {
  const rows = figures.map((f) => [f.name, fmt(f.value), f.unit, fmt(f.baseline), fmt(f.ratio), f.goal, f.error ? 'ERROR' : f.skipped ? 'skipped' : f.pass ? 'yes' : 'NO']);
  console.log(table(['figure', 'value', 'unit', 'baseline', 'ratio', 'goal', 'pass'], rows, [1, 3, 4]));
  for (const f of figures.filter((x) => x.error)) console.log(`  ${f.name}: ${f.error}`);
  const s = summarize(figures);
  console.log(`\n${s.met} of ${s.total} goals met`);
  return s;
}

// ---- standalone: re-derive the table from a results file ------------------------------------
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] ?? path.join(here, '..', 'target', 'bench-results.json');
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  printScenarios(results.measurements);
  console.log();
  const s = printFigures(evaluate(results.measurements));
  process.exitCode = s.harnessErrors.length ? 1 : 0;
}
