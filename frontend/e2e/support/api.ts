import { request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { BASE_URL } from './env';

interface Me {
  id: number;
  username: string;
  mustChangePassword: boolean;
  csrfToken: string | null;
}

/** A signed-in API client: the session cookie lives in the context, the CSRF token is sent along. */
export class ApiSession {
  private constructor(
    readonly context: APIRequestContext,
    private csrf: string,
    readonly me: Me,
  ) {}

  /** Signs in; answers null on 401 (wrong password), throws on anything else unexpected. */
  static async signIn(username: string, password: string): Promise<ApiSession | null> {
    const context = await request.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { 'Accept-Language': 'zh-CN' },
    });
    const response = await context.post('/api/v1/auth/login', { data: { username, password } });
    if (response.status() === 401) {
      await context.dispose();
      return null;
    }
    await expectOk(response, `sign in as ${username}`);
    const me = (await response.json()) as Me;
    return new ApiSession(context, me.csrfToken ?? '', me);
  }

  async get<T>(url: string): Promise<T> {
    const response = await this.context.get(url);
    await expectOk(response, `GET ${url}`);
    return (await response.json()) as T;
  }

  /** A state change with the CSRF token and a fresh idempotency key. */
  async post(url: string, data?: unknown): Promise<APIResponse> {
    return this.context.post(url, {
      data,
      headers: { 'X-CSRF-Token': this.csrf, 'Idempotency-Key': randomUUID() },
    });
  }

  async postOk<T>(url: string, data?: unknown): Promise<T> {
    const response = await this.post(url, data);
    await expectOk(response, `POST ${url}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.postOk('/api/v1/auth/password', { currentPassword, newPassword });
    // The token may be renewed with the password change: ask again.
    const me = await this.get<Me>('/api/v1/auth/me');
    this.csrf = me.csrfToken ?? this.csrf;
  }

  async saveState(path: string): Promise<void> {
    await this.context.storageState({ path });
  }

  async dispose(): Promise<void> {
    await this.context.dispose();
  }
}

export async function expectOk(response: APIResponse, what: string): Promise<void> {
  if (!response.ok()) {
    throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`);
  }
}
