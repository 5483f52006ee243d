import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeProvider = 'google' | '42';

export interface FakeOAuthUser {
  /** The provider's stable id (Google `sub`, 42 numeric `id`). */
  subject: string;
  email: string | null;
  /** Google's `email_verified` (42 has no such field). */
  emailVerified?: boolean;
  name?: string;
}

interface IssuedCode {
  provider: FakeProvider;
  clientId: string;
  redirectUri: string;
  challenge: string | null;
  user: FakeOAuthUser;
  used: boolean;
}

const CLIENTS: Record<FakeProvider, { id: string; secret: string }> = {
  google: { id: 'google-client-id', secret: 'google-client-secret' },
  '42': { id: 'fortytwo-client-id', secret: 'fortytwo-client-secret' },
};

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/**
 * A local Google + 42 OAuth provider speaking the real protocol: authorize (Google requires PKCE S256), token
 * (form-encoded, client secret, redirect_uri and code_verifier checked, codes single-use), Google's userinfo
 * (`?access_token=` or Bearer) and 42's /v2/me (Bearer). Authorization behaves like a consenting user who is
 * already signed in at the provider: it redirects straight back with a code (or `error=access_denied` after
 * `denyNext`). Both can also be set over HTTP (`POST /_control/<provider>/user` with the user as JSON, or
 * `/_control/<provider>/deny`).
 */
export class FakeOAuthServer {
  private server: Server | null = null;
  private readonly users: Record<FakeProvider, FakeOAuthUser> = {
    google: { subject: 'google-sub-1', email: 'someone@gmail.test', emailVerified: true, name: 'Some One' },
    '42': { subject: '4242', email: 'someone@student.42.test', name: 'Some One' },
  };
  private readonly denying = new Set<FakeProvider>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly accessTokens = new Map<string, FakeOAuthUser>();
  /** Every token request body received, for assertions (PKCE verifier, redirect_uri…). */
  readonly tokenRequests: Array<{ provider: FakeProvider; params: Record<string, string> }> = [];
  readonly authorizeRequests: Array<{ provider: FakeProvider; params: Record<string, string> }> = [];
  baseUrl = '';

  /** The app's env for both providers pointing here. */
  env(): Record<string, string> {
    return {
      GOOGLE_CLIENT_ID: CLIENTS.google.id,
      GOOGLE_CLIENT_SECRET: CLIENTS.google.secret,
      GOOGLE_AUTHORIZATION_URL: `${this.baseUrl}/google/authorize`,
      GOOGLE_TOKEN_URL: `${this.baseUrl}/google/token`,
      GOOGLE_USERINFO_URL: `${this.baseUrl}/google/userinfo`,
      FORTYTWO_CLIENT_ID: CLIENTS['42'].id,
      FORTYTWO_CLIENT_SECRET: CLIENTS['42'].secret,
      FORTYTWO_AUTHORIZATION_URL: `${this.baseUrl}/42/oauth/authorize`,
      FORTYTWO_TOKEN_URL: `${this.baseUrl}/42/oauth/token`,
      FORTYTWO_PROFILE_URL: `${this.baseUrl}/42/v2/me`,
    };
  }

  /** Who consents at the next authorizations of this provider. */
  signIn(provider: FakeProvider, user: FakeOAuthUser): void {
    this.users[provider] = user;
  }

  /** The next authorization of this provider is refused by the user. */
  denyNext(provider: FakeProvider): void {
    this.denying.add(provider);
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => json(res, 500, { error: 'server_error', error_description: String(error) }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /google/authorize':
        return this.authorize('google', url, res);
      case 'GET /42/oauth/authorize':
        return this.authorize('42', url, res);
      case 'POST /google/token':
        return this.token('google', req, res);
      case 'POST /42/oauth/token':
        return this.token('42', req, res);
      case 'GET /google/userinfo':
        return this.googleUserinfo(req, url, res);
      case 'GET /42/v2/me':
        return this.fortyTwoMe(req, res);
      case 'POST /_control/google/user':
      case 'POST /_control/42/user':
      case 'POST /_control/google/deny':
      case 'POST /_control/42/deny':
        return this.control(url.pathname.split('/')[2] as FakeProvider, url.pathname.endsWith('/deny'), req, res);
      default:
        return json(res, 404, { error: 'not_found' });
    }
  }

  /**
   * The same as signIn / denyNext over HTTP, for a fake running in another process (the web e2e suite starts one
   * in its global setup; the browser journeys steer it with `POST /_control/<provider>/user|deny`).
   */
  private async control(provider: FakeProvider, deny: boolean, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (deny) this.denyNext(provider);
    else this.signIn(provider, JSON.parse(await readBody(req)) as FakeOAuthUser);
    res.writeHead(204).end();
  }

  private authorize(provider: FakeProvider, url: URL, res: ServerResponse): void {
    const params = Object.fromEntries(url.searchParams);
    this.authorizeRequests.push({ provider, params });
    const { client_id, redirect_uri, response_type, state, code_challenge, code_challenge_method } = params;
    if (client_id !== CLIENTS[provider].id || !redirect_uri || response_type !== 'code') {
      return json(res, 400, { error: 'invalid_request' });
    }
    if (provider === 'google' && (!code_challenge || code_challenge_method !== 'S256')) {
      return json(res, 400, { error: 'invalid_request', error_description: 'PKCE S256 required' });
    }
    const back = new URL(redirect_uri);
    if (this.denying.delete(provider)) {
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = randomBytes(16).toString('hex');
      this.codes.set(code, { provider, clientId: client_id, redirectUri: redirect_uri, challenge: code_challenge ?? null, user: { ...this.users[provider] }, used: false });
      back.searchParams.set('code', code);
    }
    if (state !== undefined) back.searchParams.set('state', state);
    res.writeHead(302, { Location: back.toString() }).end();
  }

  private async token(provider: FakeProvider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const params = Object.fromEntries(new URLSearchParams(await readBody(req)));
    this.tokenRequests.push({ provider, params });
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString().split(':') : [];
    const clientId = params.client_id ?? basicId;
    const secret = params.client_secret ?? basicSecret;
    if (clientId !== CLIENTS[provider].id || secret !== CLIENTS[provider].secret) return json(res, 401, { error: 'invalid_client' });
    const issued = this.codes.get(params.code ?? '');
    if (params.grant_type !== 'authorization_code' || !issued || issued.used || issued.provider !== provider) {
      return json(res, 400, { error: 'invalid_grant' });
    }
    issued.used = true;
    if (params.redirect_uri !== issued.redirectUri) return json(res, 400, { error: 'invalid_grant', error_description: 'redirect_uri mismatch' });
    if (issued.challenge && (!params.code_verifier || s256(params.code_verifier) !== issued.challenge)) {
      return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
    }
    const accessToken = randomBytes(16).toString('hex');
    this.accessTokens.set(accessToken, issued.user);
    json(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: params.scope ?? '' });
  }

  private googleUserinfo(req: IncomingMessage, url: URL, res: ServerResponse): void {
    const user = this.accessTokens.get(url.searchParams.get('access_token') ?? bearer(req));
    if (!user) return json(res, 401, { error: 'invalid_token', error_description: 'Invalid Credentials' });
    json(res, 200, {
      sub: user.subject,
      name: user.name ?? 'Google User',
      given_name: (user.name ?? 'Google').split(' ')[0],
      ...(user.email ? { email: user.email, email_verified: user.emailVerified ?? false } : {}),
    });
  }

  private fortyTwoMe(req: IncomingMessage, res: ServerResponse): void {
    const user = this.accessTokens.get(bearer(req));
    if (!user) return json(res, 401, { error: 'invalid_token' });
    json(res, 200, {
      id: Number(user.subject),
      login: `login${user.subject}`,
      email: user.email,
      displayname: user.name ?? 'Forty Two',
      first_name: 'Forty',
      last_name: 'Two',
      url: `https://api.intra.42.fr/v2/users/login${user.subject}`,
    });
  }
}

const bearer = (req: IncomingMessage): string => /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
