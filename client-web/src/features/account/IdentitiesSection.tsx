import { useSearchParams } from 'react-router';
import { asApiError } from '../../api/errors';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Section } from '../../ui/Page';
import { useOAuthProviders } from '../auth/api';
import { isOAuthProvider, useIdentities, useLinkIdentity, useUnlinkIdentity } from './api';

const names: Record<string, string> = { password: 'Email and password', google: 'Google', '42': '42' };

/** Ways to sign in: link another provider, or unlink one (never the last: the server answers 409, explained here). */
export function IdentitiesSection() {
  const [params] = useSearchParams();
  const identities = useIdentities();
  const providers = useOAuthProviders();
  const unlink = useUnlinkIdentity();
  const link = useLinkIdentity();
  const linked = new Set(identities.data?.map((i) => i.provider));
  const linkable = (providers.data ?? []).filter((p) => !linked.has(p.id));
  const lastOne = unlink.error && asApiError(unlink.error).status === 409;
  const justLinked = params.get('linked');
  return (
    <Section title="Sign-in methods">
      {justLinked && (
        <p role="status" className="mb-3 rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900">
          The new sign-in method is linked to your account.
        </p>
      )}
      <ErrorNotice error={identities.error} />
      <ul className="divide-y divide-zinc-100">
        {identities.data?.map((identity) => (
          <li key={identity.provider} className="flex flex-wrap items-center gap-3 py-2">
            <div className="flex-1">
              <p className="font-medium">{names[identity.provider] ?? identity.provider}</p>
              <p className="text-xs text-zinc-600">Linked {new Date(identity.linkedAt).toLocaleDateString()}</p>
            </div>
            {isOAuthProvider(identity.provider) && (
              <Button
                variant="secondary"
                busy={unlink.isPending && unlink.variables === identity.provider}
                onClick={() => isOAuthProvider(identity.provider) && unlink.mutate(identity.provider)}
              >
                Unlink<span className="sr-only"> {names[identity.provider]}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {lastOne ? (
        <p role="alert" className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          This is your only way to sign in, so it cannot be removed. Link another provider (or set a password) first.
        </p>
      ) : (
        <ErrorNotice error={unlink.error} className="mt-2" />
      )}
      {linkable.length > 0 && (
        <div className="mt-3 flex flex-wrap gap-2">
          {linkable.map((p) => (
            <Button key={p.id} variant="secondary" busy={link.isPending && link.variables === p.id} onClick={() => link.mutate(p.id)}>
              Link {p.name}
            </Button>
          ))}
        </div>
      )}
      <ErrorNotice error={link.error} className="mt-2" />
    </Section>
  );
}
