import { mailbox } from './mailbox';

/** The few REST calls the benchmarks make, as a client would (fetch, bearer token, JSON). */
export interface Session {
  accessToken: string;
  user: { id: string; email: string };
}

const PASSWORD = 'bench password that is long enough';

export class BenchApi {
  constructor(readonly origin: string) {}

  async call(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(this.origin + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'x-client-platform': 'bench',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  async expectOk<T>(method: string, path: string, token?: string, body?: unknown): Promise<T> {
    const res = await this.call(method, path, token, body);
    if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  }

  /** Registers and verifies with the link of the mail the bench's SMTP relay received. */
  async signUp(email: string): Promise<Session> {
    await this.expectOk('POST', '/api/auth/register', undefined, { email, password: PASSWORD, displayName: email.split('@')[0] });
    const token = await mailbox.verificationToken(email);
    return this.expectOk<Session>('POST', '/api/auth/verify-email', undefined, { token });
  }

  /** Verified accounts whose credentials are returned, for benchmarks that measure signing in. */
  async signUpManyCredentials(prefix: string, count: number): Promise<{ email: string; password: string }[]> {
    const sessions = await this.signUpMany(prefix, count);
    return sessions.map((s) => ({ email: s.user.email, password: PASSWORD }));
  }

  /** Many users, a few sign-ups at a time (argon2 is deliberately slow). */
  async signUpMany(prefix: string, count: number, concurrency = 8): Promise<Session[]> {
    const sessions: Session[] = new Array<Session>(count);
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const i = next++;
        sessions[i] = await this.signUp(`${prefix}.${i}.${Date.now().toString(36)}@bench.test`);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return sessions;
  }
}
