import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, expectData, isApiError, setCsrfToken } from '../api/client';
import { queryKeys } from '../api/queryKeys';
import type { Me } from '../api/types';

/** The signed-in user, or null when nobody is (401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = expectData(await api.GET('/api/v1/auth/me', { signal }));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e: unknown) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw e;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** The signed-in user (every feature may ask who it is talking to). */
export function useMe() {
  return useQuery(meQueryOptions());
}

/** The signed-in user once the app shell has let them in (behind the AuthGate), else undefined. */
export function useCurrentUser(): Me | undefined {
  return useMe().data ?? undefined;
}

let sessionExpired = false;

/** Remembers that the session ended under the user (a 401 while signed in), for the sign-in page. */
export function markSessionExpired(): void {
  sessionExpired = true;
}

/** Whether the session ended under the user (until the sign-in page has said so). */
export function isSessionExpired(): boolean {
  return sessionExpired;
}

export function clearSessionExpired(): void {
  sessionExpired = false;
}

export const PASSWORD_CHANGE_REQUIRED = 'urn:fumin:problem:password-change-required';
