import createClient from 'openapi-fetch';
import { clientHeaders } from './client-info';
import { networkError, toApiError } from './errors';
import { createRefresher, tabLock, type Session } from './refresh';
import type { paths } from './schema';
import { sessionStore, type SessionStore } from './session-store';

export type { Session };

const REFRESH_PATH = '/api/auth/refresh';

async function isCredentialsError(response: Response): Promise<boolean> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'INVALID_CREDENTIALS';
}

export function createApi(store: SessionStore, baseFetch: typeof fetch = (input, init) => globalThis.fetch(input, init)) {
  const refresh = createRefresher({
    store,
    withLock: tabLock,
    post: async () =>
      baseFetch(REFRESH_PATH, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...(await clientHeaders()), 'Content-Type': 'application/json' },
        body: '{}',
      }),
  });

  async function withHeaders(request: Request): Promise<Request> {
    for (const [name, value] of Object.entries(await clientHeaders())) request.headers.set(name, value);
    const token = store.get().accessToken;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  }

  /** Adds the bearer token; on a 401 with a token, refreshes once (single-flight) and replays the request. */
  async function authFetch(request: Request): Promise<Response> {
    const replay = request.clone();
    const hadToken = store.get().accessToken !== null;
    const response = await baseFetch(await withHeaders(request));
    if (response.status !== 401 || !hadToken || new URL(request.url).pathname.startsWith(REFRESH_PATH)) return response;
    // A wrong current password is a 401 too, but says nothing about the token.
    if (await isCredentialsError(response)) return response;
    const session = await refresh();
    return session ? baseFetch(await withHeaders(replay)) : response;
  }

  const client = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin', fetch: authFetch });
  return { client, refresh };
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Awaits an openapi-fetch call and returns its data, or throws the ApiError of the contract (or of the network). */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return result.data as T;
}

const api = createApi(sessionStore);
/** The one typed client of the app. */
export const apiClient = api.client;
/** Refreshes the session through the cookie (single-flight, across tabs). */
export const refreshSession = api.refresh;
