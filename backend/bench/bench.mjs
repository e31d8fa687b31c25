// Takes the benchmark's measurements against a running backend and its PostgreSQL, then prints
// and writes the figures (report.mjs). Started by run.sh, which builds and starts the server and
// passes everything through the environment; plain Node 20, no dependencies.
//
// Steps: load the data set with COPY through psql -> check a sample of every scenario's URLs ->
// warm up (not counted) -> wrk each scenario -> pgbench -S baseline -> figures.
// Exit code: 0 when the measurements were taken (goals met or not), 1 when the harness failed
// (load failed, a scenario answered non-2xx or had socket errors, a tool failed).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, printFigures, printScenarios } from './report.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

class HarnessError extends Error {}

// ---- settings (all from run.sh) ------------------------------------------------------------
const env = process.env;
const need = (name) => {
  if (!env[name]) throw new HarnessError(`${name} is not set (start the benchmark with run.sh)`);
  return env[name];
};
const int = (name, fallback) => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new HarnessError(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
};

let cfg;
function configure() {
  cfg = {
    baseUrl: need('BENCH_BASE_URL'),
    dbHost: env.BENCH_DB_HOST || '127.0.0.1',
    dbPort: need('BENCH_DB_PORT'),
    duration: int('BENCH_DURATION', 10),
    warmup: int('BENCH_WARMUP', 60),
    warmupRequests: int('BENCH_WARMUP_REQUESTS', 50000),
    connections: int('BENCH_CONNECTIONS', 32),
    threads: int('BENCH_THREADS', 2),
    districts: int('BENCH_DISTRICTS', 100),
    townships: int('BENCH_TOWNSHIPS', 1300),
    pgbenchScale: int('BENCH_PGBENCH_SCALE', 10),
    pgbenchRuns: int('BENCH_PGBENCH_RUNS', 3),
    workDir: need('BENCH_WORK_DIR'),
    serverPid: int('BENCH_SERVER_PID', 0),
    adminPassword: env.BENCH_ADMIN_PASSWORD || 'Bench#Initial2026',
    dbDir: env.BENCH_DB_DIR || null,
    resultsFile: need('BENCH_RESULTS'),
    java: env.BENCH_JAVA || 'java',
    wrk: env.BENCH_WRK || 'wrk',
    psql: env.BENCH_PSQL || 'psql',
    pgbench: env.BENCH_PGBENCH || 'pgbench',
  };
  if (cfg.duration < 1) throw new HarnessError('BENCH_DURATION must be at least 1 second');
  if (cfg.connections < cfg.threads) throw new HarnessError('BENCH_CONNECTIONS must be at least BENCH_THREADS');
}

// ---- scenarios: one wrk run each; "{rand:MIN:MAX}" picks a random integer per request ---------
// ctx holds what the data load found out (id ranges, page numbers). A new scenario's measurements
// appear as m.http.<name> for the figures in report.mjs.
const LIST_QUERY = `sort=-name&q=${encodeURIComponent('镇')}&size=20`;
const SCENARIOS = (ctx) => [
  { name: 'township_read', path: `/api/v1/townships/{rand:${ctx.townshipIds.min}:${ctx.townshipIds.max}}` },
  { name: 'township_list_first', path: `/api/v1/townships?${LIST_QUERY}&page=1`, nonEmpty: true },
  { name: 'township_list_middle', path: `/api/v1/townships?${LIST_QUERY}&page=${ctx.list.middlePage}`, nonEmpty: true },
  { name: 'township_list_last', path: `/api/v1/townships?${LIST_QUERY}&page=${ctx.list.lastPage}`, nonEmpty: true },
  { name: 'township_list_by_district', path: `/api/v1/townships?districtId={rand:${ctx.districtIds.min}:${ctx.districtIds.max}}&sort=name`, nonEmpty: true },
  // every row carries allowedActions and deadlines (computed per page, not per row)
  { name: 'nomination_list', path: `/api/v1/nominations?roundId=${ctx.round.id}&size=20&page={rand:1:${ctx.round.pages}}`, nonEmpty: true },
  // the overview's counts per round, district and state in one call
  { name: 'nomination_statistics', path: '/api/v1/statistics/nominations', nonEmptyKey: 'groups' },
];

// ---- helpers ---------------------------------------------------------------------------------
const log = (msg) => console.log(`[bench] ${msg}`);
const pad = (n, width) => String(n).padStart(width, '0');
const expand = (template) => template.replace(/\{rand:(\d+):(\d+)\}/g, (_, a, b) => String(Number(a) + Math.floor(Math.random() * (Number(b) - Number(a) + 1))));

const pgEnv = (database = 'postgres') => ({
  ...env, PGHOST: cfg.dbHost, PGPORT: cfg.dbPort, PGUSER: 'postgres', PGPASSWORD: 'postgres', PGDATABASE: database, PGCONNECT_TIMEOUT: '10',
});

function run(cmd, args, { input, extraEnv, timeoutSec = 120, what = `${cmd} ${args.join(' ')}` } = {}) {
  const res = spawnSync(cmd, args, {
    input, env: extraEnv ?? env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutSec * 1000,
  });
  if (res.error) throw new HarnessError(`${what}: ${res.error.message}`);
  if (res.status !== 0) {
    throw new HarnessError(`${what} exited with ${res.status ?? res.signal}:\n${(res.stderr || res.stdout || '').trim().split('\n').slice(-20).join('\n')}`);
  }
  return res;
}

const sql = (query, database) => run(cfg.psql, ['-X', '-v', 'ON_ERROR_STOP=1', '-Atc', query], { extraEnv: pgEnv(database), what: `psql: ${query}` }).stdout.trim();

// Headers every request sends (the session cookie once signed in); wrk gets them too.
const auth = { headers: {} };

async function call(method, urlPath, { body, raw, headers = {}, expect = [200], timeoutMs = 30_000 } = {}) {
  let res;
  try {
    res = await fetch(cfg.baseUrl + urlPath, {
      method,
      headers: { Accept: 'application/json', ...auth.headers, ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: raw ?? (body ? JSON.stringify(body) : undefined),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new HarnessError(`${method} ${urlPath}: ${e.message}${e.cause ? ` (${e.cause.code ?? ''} ${e.cause.message ?? e.cause})` : ''}`);
  }
  const text = await res.text();
  if (!expect.includes(res.status)) throw new HarnessError(`${method} ${urlPath} answered ${res.status}: ${text.slice(0, 300)}`);
  return { res, text };
}

async function getJson(urlPath) {
  const { text } = await call('GET', urlPath);
  try {
    return JSON.parse(text);
  } catch {
    throw new HarnessError(`GET ${urlPath} answered 200 but not JSON: ${text.slice(0, 300)}`);
  }
}

/**
 * Signs in as the first city admin, whose initial password run.sh gave the server
 * (FUMIN_ADMIN_PASSWORD), changes that password when the server demands it, and keeps the
 * session cookie for every later request - the way the SPA calls the API. A backend without
 * sign-in (404 on the login route) is benchmarked without credentials.
 */
async function signIn() {
  const cookieOf = (res, name) => {
    for (const c of res.headers.getSetCookie()) {
      const m = c.match(new RegExp(`^${name}=([^;]*)`));
      if (m) return m[1];
    }
    return null;
  };
  const login = await call('POST', '/api/v1/auth/login', { body: { username: 'admin', password: cfg.adminPassword }, expect: [200, 404] });
  if (login.res.status === 404) {
    log('no sign-in route: requests go without credentials');
    return { kind: 'none' };
  }
  const session = cookieOf(login.res, 'fumin_session');
  if (!session) throw new HarnessError('sign-in answered 200 without a fumin_session cookie');
  auth.headers = { Cookie: `fumin_session=${session}` };
  const me = JSON.parse(login.text);
  auth.csrf = me.csrfToken ?? cookieOf(login.res, 'fumin_csrf');
  if (me.mustChangePassword) {
    const csrf = me.csrfToken ?? cookieOf(login.res, 'fumin_csrf');
    await call('POST', '/api/v1/auth/password', {
      body: { currentPassword: cfg.adminPassword, newPassword: `${cfg.adminPassword}-Bench9` },
      headers: { 'X-CSRF-Token': csrf, Cookie: `fumin_session=${session}; fumin_csrf=${csrf}` },
      expect: [200, 204],
    });
  }
  log(`signed in as admin (${me.role ?? 'unknown role'}); requests carry the session cookie`);
  return { kind: 'session', user: 'admin', role: me.role ?? null };
}

// ---- 1. data set: COPY through psql in one transaction --------------------------------------
function dataset() {
  if (cfg.districts < 1 || cfg.townships < 1) throw new HarnessError('BENCH_DISTRICTS and BENCH_TOWNSHIPS must be at least 1');
  if (cfg.districts > 1000) throw new HarnessError('BENCH_DISTRICTS is at most 1000 (codes 329000-329999)');
  if (cfg.townships > cfg.districts * 999) throw new HarnessError('BENCH_TOWNSHIPS is at most 999 per district');
  // District codes 329000..329999 do not clash with the seeded Yangzhou codes (3210xx).
  const districts = [];
  for (let i = 0; i < cfg.districts; i++) {
    districts.push([String(329000 + i), `测试区${pad(i + 1, 3)}`, i % 10 === 9 ? 'FUNCTIONAL_ZONE' : 'COUNTY_LEVEL']);
  }
  // Townships round-robin over the districts; code = district code + 3 digits; every 4th is a 街道.
  const townships = [];
  for (let j = 0; j < cfg.townships; j++) {
    const d = districts[j % cfg.districts];
    const local = Math.floor(j / cfg.districts) + 1;
    const name = j % 4 === 3 ? `测试街道${pad(j + 1, 4)}` : `测试镇${pad(j + 1, 4)}`;
    townships.push([d[0] + pad(local, 3), name, d[0]]);
  }
  // One open round; each district nominates its first townships up to its quota (2 for a
  // county-level unit, 1 for a functional zone), in states spread over the first three.
  const quota = (d) => (d[2] === 'FUNCTIONAL_ZONE' ? 1 : 2);
  const nominations = [];
  const states = ['NOMINATED', 'PLAN_SUBMITTED', 'IN_PROGRESS'];
  districts.forEach((d, i) => {
    for (let k = 0; k < quota(d); k++) {
      const j = i + k * cfg.districts; // the k-th township of district i (see the round-robin above)
      if (j < townships.length) nominations.push([townships[j][0], d[0], states[nominations.length % states.length]]);
    }
  });
  return { districts, townships, nominations };
}

function load() {
  const { districts, townships, nominations } = dataset();
  const csv = (rows) => rows.map((r) => r.join(',')).join('\n');
  const script = [
    '\\set ON_ERROR_STOP on',
    'begin;',
    'copy district (code, name, kind) from stdin with (format csv);',
    csv(districts),
    '\\.',
    'create temp table township_in (code varchar(12), name varchar(64), district_code varchar(6)) on commit drop;',
    'copy township_in from stdin with (format csv);',
    csv(townships),
    '\\.',
    'insert into township (code, name, district_id)',
    '  select t.code, t.name, d.id from township_in t join district d on d.code = t.district_code;',
    // the benchmark's round (on the seeded framework 1), open, its phases running around now
    "insert into round (year, name, framework_id, state, quota_county_level, quota_functional_zone)",
    "  values (2099, '基准测试批次', 1, 'OPEN', 2, 1);",
    "insert into round_phase (round_id, phase, starts_at, ends_at)",
    "  select r.id, p.phase, now() - interval '100 days', now() + p.ends",
    "  from round r, (values ('DEPLOYMENT', interval '30 days'), ('IMPLEMENTATION', interval '90 days'),",
    "    ('PROVINCIAL_SELECTION', interval '60 days'), ('ASSESSMENT', interval '150 days'), ('CLOSING', interval '160 days')) p(phase, ends)",
    "  where r.year = 2099;",
    'create temp table nomination_in (township_code varchar(12), district_code varchar(6), state varchar(32)) on commit drop;',
    'copy nomination_in from stdin with (format csv);',
    csv(nominations),
    '\\.',
    'insert into nomination (round_id, township_id, district_id, state)',
    '  select r.id, t.id, t.district_id, n.state from nomination_in n join township t on t.code = n.township_code',
    '  cross join round r where r.year = 2099;',
    'insert into round_district_slot (round_id, district_id, quota, used)',
    "  select r.id, d.id, case d.kind when 'FUNCTIONAL_ZONE' then 1 else 2 end,",
    '    (select count(*) from nomination n where n.round_id = r.id and n.district_id = d.id)',
    '  from district d cross join round r where r.year = 2099;',
    'commit;',
    'analyze district;',
    'analyze township;',
    'analyze nomination;',
    '',
  ].join('\n');
  const started = process.hrtime.bigint();
  run(cfg.psql, ['-X', '-q', '-f', '-'], { input: script, extraEnv: pgEnv(), what: 'loading the data set with psql' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const [tMin, tMax, tCount] = sql(`select min(id), max(id), count(*) from township where code like '329%'`).split('|').map(Number);
  const [dMin, dMax, dCount] = sql(`select min(id), max(id), count(*) from district where code like '329%'`).split('|').map(Number);
  if (tCount !== cfg.townships || dCount !== cfg.districts) {
    throw new HarnessError(`load: expected ${cfg.districts} districts and ${cfg.townships} townships, found ${dCount} and ${tCount}`);
  }
  if (tMax - tMin + 1 !== tCount || dMax - dMin + 1 !== dCount) {
    throw new HarnessError('load: the ids of the loaded rows are not contiguous (was the database fresh?)');
  }
  const [roundId, nCount] = sql(`select r.id, count(n.id) from round r join nomination n on n.round_id = r.id where r.year = 2099 group by r.id`).split('|').map(Number);
  if (nCount !== nominations.length) throw new HarnessError(`load: expected ${nominations.length} nominations, found ${nCount}`);
  return {
    seconds, districts: dCount, townships: tCount, nominations: nCount, townshipIds: { min: tMin, max: tMax }, districtIds: { min: dMin, max: dMax },
    round: { id: roundId, nominations: nCount, pages: Math.ceil(nCount / 20) },
  };
}

// ---- CPU accounting (Linux /proc; null elsewhere) -------------------------------------------
// On a shared machine throughput and latency move with whatever else runs; the CPU time the server
// spends per request does not, much. JVM: the process's user+system time. PostgreSQL: the
// postmaster and all its children, including exited backends (counted in the parent's cutime).
const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

function procStat(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3 (state)
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

function postmasterPid() {
  try {
    return Number(fs.readFileSync(path.join(cfg.dbDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return 0;
  }
}

/** CPU seconds used so far: { jvm, pg } (null when unknown). */
function cpuNow() {
  const jvm = cfg.serverPid ? procStat(cfg.serverPid) : null;
  const pm = postmasterPid();
  const master = pm ? procStat(pm) : null;
  let pg = null;
  if (master) {
    pg = master.own + master.children;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const st = procStat(entry);
      if (st && st.ppid === pm) pg += st.own + st.children;
    }
  }
  return { jvm: jvm ? jvm.own / TICKS_PER_SECOND : null, pg: pg === null ? null : pg / TICKS_PER_SECOND };
}

/** CPU milliseconds per unit of work between two cpuNow() samples. */
function cpuPer(before, after, count) {
  const per = (k) => (before[k] === null || after[k] === null || !(count > 0) ? null : ((after[k] - before[k]) * 1000) / count);
  const jvm = per('jvm');
  const pg = per('pg');
  return { jvm, pg, total: jvm === null || pg === null ? null : jvm + pg };
}

/**
 * Transactions committed or rolled back in the application's database so far. PostgreSQL's backends
 * report them at most once a second (an idle one within a second), so this waits two seconds first.
 */
function transactionsNow() {
  spawnSync('sleep', ['2']);
  return Number(sql("select pg_stat_clear_snapshot(), xact_commit + xact_rollback from pg_stat_database where datname = current_database()").split('|')[1]);
}

// ---- 2. wrk ------------------------------------------------------------------------------
function wrk(scenario, seconds) {
  const args = ['-t', String(cfg.threads), '-c', String(cfg.connections), '-d', `${seconds}s`, '--timeout', '10s', '--latency',
    '-s', path.join(HERE, 'wrk.lua'), cfg.baseUrl];
  const cpuBefore = cpuNow();
  const xactsBefore = transactionsNow();
  const wrkHeaders = Object.entries(auth.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  const res = run(cfg.wrk, args, { extraEnv: { ...env, WRK_PATH: scenario.path, WRK_HEADERS: wrkHeaders }, timeoutSec: seconds + 60, what: `wrk ${scenario.name}` });
  const cpuAfter = cpuNow();
  const xactsAfter = transactionsNow();
  const line = res.stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new HarnessError(`wrk ${scenario.name}: no BENCH_JSON line in its output:\n${res.stdout}\n${res.stderr}`);
  const raw = JSON.parse(line.slice('BENCH_JSON '.length));
  const e = raw.errors;
  const ms = (us) => us / 1000;
  const cpu = cpuPer(cpuBefore, cpuAfter, raw.requests);
  return {
    result: {
      path: scenario.path,
      seconds: raw.duration_us / 1e6,
      requests: raw.requests,
      rps: raw.requests / (raw.duration_us / 1e6),
      p50Ms: ms(raw.latency_us.p50), p75Ms: ms(raw.latency_us.p75), p90Ms: ms(raw.latency_us.p90),
      p99Ms: ms(raw.latency_us.p99), p999Ms: ms(raw.latency_us.p999), maxMs: ms(raw.latency_us.max), meanMs: ms(raw.latency_us.mean),
      non2xx: e.status,
      socketErrors: e.connect + e.read + e.write + e.timeout,
      errors: e,
      // server CPU per request (JVM + PostgreSQL), ms; includes idle background work of both
      cpuMsPerRequest: cpu.total, jvmCpuMsPerRequest: cpu.jvm, pgCpuMsPerRequest: cpu.pg,
      // database transactions (each autocommit statement is one) per request: a count, so the
      // machine's load does not move it
      dbTransactionsPerRequest: raw.requests > 0 ? (xactsAfter - xactsBefore) / raw.requests : null,
    },
    output: res.stdout + res.stderr,
  };
}

/**
 * The JIT needs requests, not seconds: 2-second rounds over all scenarios (each at least once)
 * until BENCH_WARMUP_REQUESTS requests were served or BENCH_WARMUP seconds have passed.
 */
function warmUp(scenarios) {
  log(`warming up (not counted): ${cfg.warmupRequests} requests or ${cfg.warmup} s, whichever comes first`);
  const started = Date.now();
  const chunk = Math.min(2, cfg.warmup);
  let requests = 0;
  let rounds = 0;
  const outputs = [];
  for (let i = 0; ; i++) {
    const s = scenarios[i % scenarios.length];
    const { result, output } = wrk(s, chunk);
    requests += result.requests;
    rounds++;
    outputs.push(output);
    const elapsed = (Date.now() - started) / 1000;
    const allVisited = i + 1 >= scenarios.length;
    if (allVisited && (requests >= cfg.warmupRequests || elapsed + chunk > cfg.warmup)) break;
  }
  fs.writeFileSync(path.join(cfg.workDir, 'warmup.txt'), outputs.join('\n'));
  const seconds = (Date.now() - started) / 1000;
  log(`warmed up with ${requests} requests in ${seconds.toFixed(0)} s`);
  return { requests, seconds, rounds };
}

/** A few plain requests per scenario: 200, JSON, items where there must be some. */
async function checkScenario(s) {
  for (let i = 0; i < 3; i++) {
    const p = expand(s.path);
    const body = await getJson(p);
    const key = s.nonEmptyKey ?? (s.nonEmpty ? 'items' : null);
    if (key && !(Array.isArray(body[key]) && body[key].length > 0)) {
      throw new HarnessError(`GET ${p} answered no ${key}`);
    }
  }
}

// ---- 2b. bulk import against COPY, and an export of the same rows ------------------------------
/**
 * The same number of township rows (BENCH_IMPORT_ROWS, default 100,000) written twice into the
 * same table with the same indexes: once by PostgreSQL's COPY through psql (the baseline), once by
 * POST /api/v1/imports/townships as a CSV file (parsed, validated, written in batches, audited;
 * it runs as a job, polled until done). Then the imported rows are exported as CSV.
 */
async function importBench() {
  const rows = int('BENCH_IMPORT_ROWS', 100000);
  if (rows < 1 || rows > 999999) throw new HarnessError('BENCH_IMPORT_ROWS must be 1..999999');
  const ids = sql(`insert into district (code, name, kind) values ('328001', '导入基准区', 'COUNTY_LEVEL'), ('328002', 'COPY基准区', 'COUNTY_LEVEL') returning id`)
    .split('\n').map(Number);
  const lines = (district, name) => Array.from({ length: rows }, (_, i) => `${district}${pad(i + 1, 6)},${name}${i + 1}`);
  const copyScript = ['\\set ON_ERROR_STOP on', 'copy township (code, name, district_id) from stdin with (format csv);',
    lines('328002', 'COPY镇').map((l) => `${l},${ids[1]}`).join('\n'), '\\.', ''].join('\n');
  const copyCpu = cpuNow();
  const copyStarted = process.hrtime.bigint();
  run(cfg.psql, ['-X', '-q', '-f', '-'], { input: copyScript, extraEnv: pgEnv(), timeoutSec: 600, what: 'COPY of the township rows' });
  const copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
  const copyCpuMs = cpuPer(copyCpu, cpuNow(), 1);

  const csv = ['code,name,districtCode', ...lines('328001', '导入镇').map((l) => `${l},328001`)].join('\n') + '\n';
  const importCpu = cpuNow();
  const started = process.hrtime.bigint();
  const { res, text } = await call('POST', '/api/v1/imports/townships?fileName=bench.csv', {
    raw: csv, headers: { 'Content-Type': 'text/csv; charset=UTF-8', 'X-CSRF-Token': auth.csrf ?? '' }, expect: [200, 202], timeoutMs: 600_000,
  });
  let job = JSON.parse(text);
  const location = res.headers.get('location');
  while (job.state === 'RUNNING') {
    await new Promise((r) => setTimeout(r, 100));
    job = await getJson(location);
  }
  const importSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const importCpuMs = cpuPer(importCpu, cpuNow(), 1);
  if (job.state !== 'SUCCEEDED' || job.created !== rows) {
    throw new HarnessError(`import: expected ${rows} rows created, got state ${job.state}, created ${job.created}: ${JSON.stringify(job.errors ?? []).slice(0, 300)}`);
  }
  const heap = heapSampler();
  const exportStarted = process.hrtime.bigint();
  const exported = await call('GET', '/api/v1/exports/townships?districtCode=328001&format=csv', { headers: { Accept: 'text/csv' }, timeoutMs: 600_000 });
  const exportSeconds = Number(process.hrtime.bigint() - exportStarted) / 1e9;
  const exportHeap = await heap.stop();
  const exportedRows = exported.text.split('\n').filter(Boolean).length - 1;
  if (exportedRows !== rows) throw new HarnessError(`export: expected ${rows} rows, got ${exportedRows}`);
  return {
    rows, copySeconds, copyRowsPerSecond: rows / copySeconds, importSeconds, importRowsPerSecond: rows / importSeconds,
    copyCpuMs, importCpuMs, exportSeconds, exportRowsPerSecond: rows / exportSeconds,
    exportPeakHeapMb: exportHeap.peakMb, exportHeapBeforeMb: exportHeap.beforeMb, exportOldGenGrowthMb: exportHeap.oldGrowthMb,
  };
}

/**
 * The server's heap while something runs: `jstat -gc <pid> 100` (the JDK's own sampler, outside the
 * server) every 100 ms; used = survivors + eden + old generation. Reports the first sample, the
 * peak and how much the old generation grew (what the run kept, not what it merely allocated);
 * all null without jstat or the server's pid.
 */
function heapSampler() {
  const none = { stop: async () => ({ peakMb: null, beforeMb: null, oldGrowthMb: null }) };
  if (!cfg.serverPid) return none;
  let child;
  try {
    child = spawn(process.env.BENCH_JSTAT || 'jstat', ['-gc', String(cfg.serverPid), '100'], { stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return none;
  }
  let header = null;
  let buffered = '';
  const samples = [];
  child.on('error', () => {});
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop();
    for (const line of lines) {
      const f = line.trim().split(/\s+/);
      if (f[0] === 'S0C') { header = f; continue; }
      if (!header || f.length !== header.length) continue;
      const v = (name) => Number(f[header.indexOf(name)]);
      samples.push({ used: v('S0U') + v('S1U') + v('EU') + v('OU'), old: v('OU') });
    }
  });
  return {
    stop: async () => {
      await new Promise((r) => setTimeout(r, 250)); // one more sample after the end
      child.kill('SIGTERM');
      if (samples.length === 0) return { peakMb: null, beforeMb: null, oldGrowthMb: null };
      const mb = (kb) => kb / 1024;
      return {
        peakMb: mb(Math.max(...samples.map((x) => x.used))),
        beforeMb: mb(samples[0].used),
        oldGrowthMb: mb(samples[samples.length - 1].old - samples[0].old),
      };
    },
  };
}

// ---- 3. pgbench baseline ---------------------------------------------------------------------
function pgbench() {
  sql('drop database if exists pgbench');
  sql('create database pgbench');
  const initStarted = process.hrtime.bigint();
  run(cfg.pgbench, ['-i', '-q', '-s', String(cfg.pgbenchScale), 'pgbench'], { extraEnv: pgEnv('pgbench'), timeoutSec: 600, what: 'pgbench -i' });
  const initSeconds = Number(process.hrtime.bigint() - initStarted) / 1e9;
  // pgbench alone swings by 2x between runs on a shared machine: measure several times, keep the median run
  const runs = Array.from({ length: cfg.pgbenchRuns }, () => pgbenchSelect(initSeconds));
  const median = [...runs].sort((a, b) => a.tps - b.tps)[Math.floor(runs.length / 2)];
  return { ...median, runsTps: runs.map((r) => r.tps) };
}

function pgbenchSelect(initSeconds) {
  const args = ['-S', '-c', String(cfg.connections), '-j', String(cfg.threads), '-T', String(cfg.duration), 'pgbench'];
  const cpuBefore = cpuNow();
  const res = run(cfg.pgbench, args, { extraEnv: pgEnv('pgbench'), timeoutSec: cfg.duration + 120, what: 'pgbench -S' });
  const cpuAfter = cpuNow();
  const out = res.stdout;
  const num = (re) => {
    const m = out.match(re);
    return m ? Number(m[1]) : null;
  };
  const tps = num(/tps = ([\d.]+) \(without initial connection time\)/);
  if (tps === null) throw new HarnessError(`pgbench -S: no tps in its output:\n${out}`);
  const failed = num(/number of failed transactions: (\d+)/) ?? 0;
  if (failed > 0) throw new HarnessError(`pgbench -S: ${failed} failed transactions`);
  const transactions = num(/number of transactions actually processed: (\d+)/);
  const result = {
    command: `pgbench ${args.join(' ')}`,
    scale: cfg.pgbenchScale, initSeconds, tps,
    transactions,
    latencyAvgMs: num(/latency average = ([\d.]+) ms/),
    // PostgreSQL CPU per transaction, ms (the JVM idles meanwhile; its CPU is not counted)
    cpuMsPerTransaction: null,
    output: out,
  };
  result.cpuMsPerTransaction = cpuPer(cpuBefore, cpuAfter, transactions).pg;
  return result;
}

// ---- 4. the SPA: what the first screen loads ---------------------------------------------------
/**
 * The JavaScript the browser fetches before the first screen renders, as
 * frontend/scripts/first-route-size.mjs measures it: the entry module of frontend/dist/index.html
 * and every module it preloads (the shell), plus the lazy chunks of the first page (the overview
 * or the login page, whichever is larger), each gzipped at level 9, in KB (1024 bytes).
 */
function spaFirstRoute() {
  const script = path.resolve(HERE, '..', '..', 'frontend', 'scripts', 'first-route-size.mjs');
  const res = spawnSync(process.execPath, [script, '--json'], { encoding: 'utf8' });
  if (res.status !== 0) throw new HarnessError(`${script} failed (make build-frontend?):\n${(res.stderr || res.stdout).trim()}`);
  const r = JSON.parse(res.stdout);
  return { files: r.shellFiles, shellKb: r.shellKb, pages: r.pages, gzipKb: r.gzipKb };
}

// ---- machine -----------------------------------------------------------------------------
function machine() {
  const first = (cmd, args, stream = 'stdout') => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return (r[stream] || '').trim().split('\n')[0] || null; // wrk -v exits with 1
  };
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m);
    if (pretty) osName = `${pretty[1]} (kernel ${os.release()})`;
  } catch { /* not Linux */ }
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? null,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: osName,
    java: first(cfg.java, ['-version'], 'stderr'),
    postgres: sql('show server_version'),
    node: process.version,
    wrk: first(cfg.wrk, ['-v'])?.split(' [')[0] ?? null,
    pgbench: first(cfg.pgbench, ['--version']),
    // 1/5/15-minute load averages before the server started: other work on the machine skews the figures
    loadAverageBefore: env.BENCH_LOADAVG_BEFORE ? env.BENCH_LOADAVG_BEFORE.split(' ').slice(0, 3).map(Number) : null,
  };
}

// ---- main --------------------------------------------------------------------------------
async function main() {
  configure();
  fs.mkdirSync(cfg.workDir, { recursive: true });
  const m = { http: {}, pgbench: null, load: null, spa: null };
  m.spa = spaFirstRoute();
  log(`SPA first screen: ${m.spa.gzipKb.toFixed(1)} KB gzipped (shell ${m.spa.shellKb.toFixed(1)} KB in ${m.spa.files.length} files, plus the first page's lazy chunks)`);
  const busy = Number((env.BENCH_LOADAVG_BEFORE ?? '').split(' ')[0]);
  if (busy > os.cpus().length / 2) {
    log(`warning: the machine was busy before the start (1-minute load average ${busy} on ${os.cpus().length} CPUs); the figures will be noisy`);
  }

  log(`loading ${cfg.districts} districts, ${cfg.townships} townships and a round with nominations (COPY through psql)`);
  const loaded = load();
  m.load = { seconds: loaded.seconds, districts: loaded.districts, townships: loaded.townships, nominations: loaded.nominations };
  log(`loaded in ${loaded.seconds.toFixed(2)} s`);

  m.auth = await signIn();
  const total = (await getJson(`/api/v1/townships?${LIST_QUERY}&page=1`)).total;
  if (!(total > 0)) throw new HarnessError(`the filtered township list is empty (total ${total})`);
  const lastPage = Math.ceil(total / 20);
  const ctx = { ...loaded, list: { total, lastPage, middlePage: Math.max(1, Math.ceil(lastPage / 2)) } };
  const only = (env.BENCH_SCENARIOS ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  const all = SCENARIOS(ctx);
  const steps = ['township_import']; // measured once each, not with wrk
  const unknown = only.filter((n) => !all.some((s) => s.name === n) && !steps.includes(n));
  if (unknown.length) throw new HarnessError(`BENCH_SCENARIOS names unknown scenarios: ${unknown.join(', ')}`);
  const scenarios = only.length ? all.filter((s) => only.includes(s.name)) : all;
  m.skipped = [...all.filter((s) => !scenarios.includes(s)).map((s) => s.name), ...steps.filter((s) => only.length && !only.includes(s))];
  log(`filtered list: ${total} townships, pages 1 / ${ctx.list.middlePage} / ${lastPage}`);

  for (const s of scenarios) await checkScenario(s);

  m.warmup = cfg.warmup > 0 && scenarios.length ? warmUp(scenarios) : null;

  for (const s of scenarios) {
    log(`${s.name}: ${cfg.duration} s, ${cfg.connections} connections, ${cfg.threads} threads`);
    const { result, output } = wrk(s, cfg.duration);
    fs.writeFileSync(path.join(cfg.workDir, `wrk-${s.name}.txt`), output);
    m.http[s.name] = result;
    await checkScenario(s); // still answering correctly after the load
  }

  if (!m.skipped.includes('township_import')) {
    log(`township import: ${env.BENCH_IMPORT_ROWS || 100000} rows by COPY (baseline), then by the import API, then exported`);
    m.import = await importBench();
    log(`COPY ${m.import.copySeconds.toFixed(2)} s, import ${m.import.importSeconds.toFixed(2)} s, export ${m.import.exportSeconds.toFixed(2)} s`
      + (m.import.exportPeakHeapMb === null ? '' : ` (server heap peak ${m.import.exportPeakHeapMb.toFixed(0)} MB, old generation grew ${m.import.exportOldGenGrowthMb.toFixed(1)} MB)`));
  }

  if (scenarios.length) {
    log(`pgbench baseline: init -s ${cfg.pgbenchScale} in database "pgbench", then -S for ${cfg.duration} s, ${cfg.pgbenchRuns} times (median)`);
    const pg = pgbench();
    fs.writeFileSync(path.join(cfg.workDir, 'pgbench.txt'), pg.output);
    delete pg.output;
    m.pgbench = pg;
  }

  const figures = evaluate(m);
  const results = {
    generatedAt: new Date().toISOString(),
    figures,
    machine: machine(),
    dataset: { districts: loaded.districts, townships: loaded.townships, nominations: loaded.nominations },
    settings: { duration: cfg.duration, warmup: cfg.warmup, warmupRequests: cfg.warmupRequests, connections: cfg.connections, threads: cfg.threads, pgbenchScale: cfg.pgbenchScale },
    measurements: m,
  };
  fs.mkdirSync(path.dirname(cfg.resultsFile), { recursive: true });
  fs.writeFileSync(cfg.resultsFile, JSON.stringify(results, null, 2) + '\n');

  console.log();
  printScenarios(m);
  console.log();
  const summary = printFigures(figures);
  console.log(`results: ${cfg.resultsFile}`);
  if (summary.harnessErrors.length) {
    console.error(`[bench] FAILED: ${summary.harnessErrors.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(`[bench] FAILED: ${e instanceof HarnessError ? e.message : e.stack}`);
  process.exitCode = 1;
});
