import type { Role } from '../../lib/api/types';
import type { components } from '../../lib/api/schema.gen';

export type ImportKind = components['schemas']['ImportJob']['kind'];
export type ImportMode = components['schemas']['ImportJob']['mode'];

export const IMPORT_KINDS: readonly ImportKind[] = [
  'districts',
  'townships',
  'users',
  'nominations',
  'metric-values',
];

/**
 * Which kinds a role may import, as the contract's createImport description states it (the
 * operation's roles do not say it per kind): city admins every kind; district admins townships,
 * users and nominations of their own district. The server refuses anything else with 403.
 */
const KINDS_BY_ROLE: Partial<Record<Role, readonly ImportKind[]>> = {
  CITY_ADMIN: IMPORT_KINDS,
  DISTRICT_ADMIN: ['townships', 'users', 'nominations'],
};

export function importKindsFor(role: Role | undefined): readonly ImportKind[] {
  return (role && KINDS_BY_ROLE[role]) ?? [];
}

/** The Content-Type of an import file, by its name (the server also reads GBK CSV without a charset). */
export function contentTypeOf(fileName: string): string | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'text/csv';
  if (name.endsWith('.xlsx'))
    return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (name.endsWith('.json')) return 'application/json';
  return undefined;
}

export const ACCEPTED_FILES = '.csv,.txt,.xlsx,.json';
