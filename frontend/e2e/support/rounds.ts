import { ApiSession, expectOk } from './api';
import { PASSWORD, USERNAMES, type Role } from './env';

// Rounds, nominations and sessions made through the API for browser tests. Several spec files run
// in parallel against one backend: each uses a year of its own, so their rounds never meet.

export const PHASE_CODES = [
  'DEPLOYMENT',
  'IMPLEMENTATION',
  'PROVINCIAL_SELECTION',
  'ASSESSMENT',
  'CLOSING',
] as const;
export type PhaseCode = (typeof PHASE_CODES)[number];

/** A phase as days from now: [start, end]; negative is in the past. */
export type PhaseDays = readonly [start: number, end: number];

/**
 * Deployment, implementation and provincial selection are under way now (open for a month or
 * more); assessment and closing lie ahead.
 */
export const PHASES_AROUND_NOW: Record<PhaseCode, PhaseDays> = {
  DEPLOYMENT: [-10, 30],
  IMPLEMENTATION: [-10, 60],
  PROVINCIAL_SELECTION: [-10, 40],
  ASSESSMENT: [61, 90],
  CLOSING: [91, 120],
};

export interface E2eRound {
  id: number;
  year: number;
  name: string;
  state: 'DRAFT' | 'OPEN' | 'ASSESSMENT' | 'CLOSED';
  frameworkId: number;
  phases: { code: PhaseCode; startsAt: string; endsAt: string }[];
}

export interface E2eNomination {
  id: number;
  roundId: number;
  townshipId: number;
  townshipName: string;
  state: string;
  allowedActions: string[];
}

export interface RoundOptions {
  /** One round per year: give each spec file its own (e.g. 2091). */
  year: number;
  name?: string;
  /** Places per county-level unit (default 2) and per functional zone (default 1). */
  quotaCountyLevel?: number;
  quotaFunctionalZone?: number;
  /** Phases that differ from PHASES_AROUND_NOW. */
  phases?: Partial<Record<PhaseCode, PhaseDays>>;
  /** Open the round (default true); a draft takes no nominations. */
  open?: boolean;
}

const DAY_MS = 86_400_000;

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString();
}

/** The phases of a round input, as ISO timestamps. */
export function phasesOf(overrides: Partial<Record<PhaseCode, PhaseDays>> = {}) {
  return PHASE_CODES.map((code) => {
    const [start, end] = overrides[code] ?? PHASES_AROUND_NOW[code];
    return { code, startsAt: daysFromNow(start), endsAt: daysFromNow(end) };
  });
}

/** Signs in as the test user of a role (set up by global setup). */
export async function signInAs(role: Role): Promise<ApiSession> {
  const session = await ApiSession.signIn(USERNAMES[role], PASSWORD);
  if (!session) throw new Error(`sign-in as ${USERNAMES[role]} failed`);
  return session;
}

async function roundOfYear(admin: ApiSession, year: number): Promise<E2eRound | undefined> {
  const page = await admin.get<{ items: E2eRound[] }>('/api/v1/rounds?size=100');
  return page.items.find((r) => r.year === year);
}

/**
 * The round of `options.year`, created (with the first framework) if there is none yet, and
 * opened unless `open: false`. Re-running against the same backend reuses the year's round.
 */
export async function ensureRound(admin: ApiSession, options: RoundOptions): Promise<E2eRound> {
  let round = await roundOfYear(admin, options.year);
  if (!round) {
    const frameworks = await admin.get<{ id: number }[]>('/api/v1/frameworks');
    const framework = frameworks[0];
    if (!framework) throw new Error('No indicator framework to base a round on');
    const response = await admin.post('/api/v1/rounds', {
      year: options.year,
      name: options.name ?? `E2E ${options.year}年度培育批次`,
      frameworkId: framework.id,
      quotaCountyLevel: options.quotaCountyLevel ?? 2,
      quotaFunctionalZone: options.quotaFunctionalZone ?? 1,
      phases: phasesOf(options.phases),
    });
    // A parallel worker may have made it first (one round per year): take theirs.
    if (response.status() === 409) round = await roundOfYear(admin, options.year);
    else {
      await expectOk(response, `create round ${options.year}`);
      round = (await response.json()) as E2eRound;
    }
    if (!round) throw new Error(`The round of ${options.year} can be neither made nor found`);
  }
  if ((options.open ?? true) && round.state === 'DRAFT') {
    const opened = await admin.post(`/api/v1/rounds/${round.id}/open`);
    // A parallel worker may have opened it first: take the round as it is now.
    if (opened.status() === 409) round = (await roundOfYear(admin, options.year)) ?? round;
    else {
      await expectOk(opened, `open round ${options.year}`);
      round = (await opened.json()) as E2eRound;
    }
  }
  return round;
}

/** Nominates a township as its district's admin (answers the nomination). */
export async function nominate(
  districtAdmin: ApiSession,
  roundId: number,
  townshipId: number,
): Promise<E2eNomination> {
  return districtAdmin.postOk<E2eNomination>(`/api/v1/rounds/${roundId}/nominations`, {
    townshipId,
  });
}

/**
 * The township's nomination in the round, made if there is none yet (or it was withdrawn); for
 * specs that only need one to look at and may meet another run's.
 */
export async function ensureNomination(
  districtAdmin: ApiSession,
  roundId: number,
  township: { id: number; code: string },
): Promise<E2eNomination> {
  const page = await districtAdmin.get<{ items: E2eNomination[] }>(
    `/api/v1/nominations?roundId=${roundId}&q=${township.code}&size=100`,
  );
  const existing = page.items.find((n) => n.townshipId === township.id && n.state !== 'WITHDRAWN');
  return existing ?? nominate(districtAdmin, roundId, township.id);
}

/** Today plus `days` as a date in Beijing time (YYYY-MM-DD), as milestones and pickers use. */
export function shanghaiDate(days = 0): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + days * DAY_MS));
}
