/**
 * Whether an OAuth `redirectUri` is on OAUTH_REDIRECT_ALLOWLIST. An entry that is a bare web origin
 * (`https://app.example.com`) allows any path on exactly that origin; any other entry (`musicroom://auth`,
 * `https://app.example.com/auth/done`) must match scheme, host and path exactly. Fragments and embedded
 * credentials are refused.
 */
export function isAllowedRedirect(candidate: string, allowlist: readonly string[]): boolean {
  const uri = parse(candidate);
  if (!uri || uri.hash || uri.username || uri.password) return false;
  return allowlist.some((raw) => {
    const entry = parse(raw);
    if (!entry || entry.protocol !== uri.protocol || entry.host !== uri.host) return false;
    const isWebOrigin = (entry.protocol === 'https:' || entry.protocol === 'http:') && raw.replace(/\/+$/, '') === entry.origin;
    return isWebOrigin || entry.pathname === uri.pathname;
  });
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
