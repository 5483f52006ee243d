import { useMe } from '../../session/use-me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Section } from '../../ui/Page';
import { useCheckout, usePortal } from './billing-api';

/** Free or Premium, switched through the payment provider's checkout and portal (or at once in test mode). */
export function PlanSection() {
  const me = useMe().data;
  const checkout = useCheckout();
  const portal = usePortal();
  if (!me) return null;
  const provider = me.billing?.provider ?? null;
  const premium = me.plan === 'premium';
  return (
    <Section title="Plan" id="plan">
      <p className="mb-3">
        You are on <strong data-testid="current-plan">{premium ? 'Premium' : 'Free'}</strong>.{' '}
        {premium ? 'Premium features, such as AI avatars, are yours.' : 'Premium adds AI avatars.'}
      </p>
      {provider === 'test' && (
        <p className="mb-3 rounded-lg border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="test-mode">
          Test mode: no payment provider is configured on this server, so the plan switches at once and nothing is charged.
        </p>
      )}
      {provider === null ? (
        <p className="text-sm text-zinc-700">Plan changes are not available on this server.</p>
      ) : premium ? (
        <Button variant="secondary" busy={portal.isPending} onClick={() => portal.mutate()}>
          {provider === 'test' ? 'Go back to Free' : 'Manage or cancel Premium'}
        </Button>
      ) : (
        <Button busy={checkout.isPending} onClick={() => checkout.mutate()}>
          Upgrade to Premium
        </Button>
      )}
      <ErrorNotice error={checkout.error ?? portal.error} className="mt-3" />
    </Section>
  );
}
