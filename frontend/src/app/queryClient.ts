import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../lib/api/queryKeys';
import { isApiError } from '../lib/api/client';
import type { Me } from '../lib/api/types';
import { markSessionExpired, PASSWORD_CHANGE_REQUIRED } from '../lib/auth/currentUser';

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!isApiError(error)) return;
    const me = client.getQueryData<Me | null>(queryKeys.me);
    // A 401 anywhere means the session ended: mark the user signed out, and the AuthGate sends
    // them to the sign-in page (saying why) and back here afterwards.
    if (error.status === 401) {
      if (me) markSessionExpired();
      client.setQueryData(queryKeys.me, null);
    }
    // Until the password is changed the server refuses everything else; the AuthGate then
    // routes to the change-password page.
    if (error.status === 403 && error.type === PASSWORD_CHANGE_REQUIRED && me) {
      client.setQueryData<Me>(queryKeys.me, { ...me, mustChangePassword: true });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will not change by asking again; network errors and 5xx may.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
