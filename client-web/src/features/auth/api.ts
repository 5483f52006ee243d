import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import { endSession, startSession } from '../../session/session';

type Schemas = components['schemas'];

export const authKeys = {
  providers: ['auth', 'providers'] as const,
};

export function useRegister() {
  return useMutation({ mutationFn: (body: Schemas['RegisterDto']) => call(apiClient.POST('/api/auth/register', { body })) });
}

export function useResendVerification() {
  return useMutation({ mutationFn: (email: string) => call(apiClient.POST('/api/auth/resend-verification', { body: { email } })) });
}

export function useLogin() {
  return useMutation({
    mutationFn: (body: Schemas['LoginDto']) => call(apiClient.POST('/api/auth/login', { body })),
    onSuccess: startSession,
  });
}

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) => call(apiClient.POST('/api/auth/verify-email', { body: { token } })),
    onSuccess: startSession,
  });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: (email: string) => call(apiClient.POST('/api/auth/forgot-password', { body: { email } })) });
}

export function useResetPassword() {
  return useMutation({ mutationFn: (body: Schemas['ResetPasswordDto']) => call(apiClient.POST('/api/auth/reset-password', { body })) });
}

export function useOAuthExchange() {
  return useMutation({
    mutationFn: (code: string) => call(apiClient.POST('/api/auth/oauth/exchange', { body: { code } })),
    onSuccess: startSession,
  });
}

/** Confirms, as the signed-in user, the link code a provider's return carried (`?linkCode=`). */
export function useConfirmLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => call(apiClient.POST('/api/auth/oauth/link/confirm', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['account', 'identities'] }),
  });
}

/** Ends the session on the server (the cookie goes with it), then forgets it here whatever the answer. */
export function useSignOut() {
  return useMutation({
    mutationFn: () => call(apiClient.POST('/api/auth/logout', { body: {} })),
    onSettled: () => endSession(null),
  });
}

/** The sign-in providers this server has configured (Google, 42): their buttons show only then. */
export function useOAuthProviders() {
  return useQuery({
    queryKey: authKeys.providers,
    queryFn: () => call(apiClient.GET('/api/auth/providers')),
    staleTime: Infinity,
  });
}

/** Where the provider sends the browser back to: the OAuth return route of this app. */
export const oauthReturnUrl = (): string => `${window.location.origin}/oauth/callback`;

export function oauthStartUrl(provider: string): string {
  return `/api/auth/oauth/${encodeURIComponent(provider)}?redirectUri=${encodeURIComponent(oauthReturnUrl())}`;
}
