import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import { meKeys } from '../../session/keys';

type Redirect = { url: string | null; plan: 'free' | 'premium'; testMode: boolean };

/**
 * Checkout (upgrade) and portal (manage, downgrade). With a payment provider the browser goes to its page; in test
 * mode the plan has already switched, so the user is refetched (features such as the AI avatar follow the plan).
 */
function useBillingRedirect(start: () => Promise<Redirect>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: start,
    onSuccess: async ({ url }) => {
      if (url) window.location.assign(url);
      else await queryClient.invalidateQueries({ queryKey: meKeys.me });
    },
  });
}

export const useCheckout = () => useBillingRedirect(() => call(apiClient.POST('/api/billing/checkout')));
export const usePortal = () => useBillingRedirect(() => call(apiClient.POST('/api/billing/portal')));
