import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';

export const accountKeys = {
  all: ['account'] as const,
  identities: () => [...accountKeys.all, 'identities'] as const,
  devices: () => [...accountKeys.all, 'devices'] as const,
};

export type Device = components['schemas']['DeviceSessionDto'];

export type Identity = components['schemas']['IdentityDto'];
export type OAuthProviderId = components['schemas']['OAuthProviderDto']['id'];

export const isOAuthProvider = (provider: string): provider is OAuthProviderId => provider === 'google' || provider === '42';

export function useIdentities() {
  return useQuery({ queryKey: accountKeys.identities(), queryFn: () => call(apiClient.GET('/api/auth/identities')) });
}

export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (provider: OAuthProviderId) => call(apiClient.DELETE('/api/auth/identities/{provider}', { params: { path: { provider } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.identities() }),
  });
}

/** Asks the server for the provider URL that links it to this account, then goes there (and comes back to /oauth/callback). */
export function useLinkIdentity() {
  return useMutation({
    mutationFn: (provider: OAuthProviderId) =>
      call(apiClient.POST('/api/auth/oauth/{provider}/link', { params: { path: { provider } }, body: { redirectUri: `${window.location.origin}/oauth/callback` } })),
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: components['schemas']['ChangePasswordDto']) => call(apiClient.POST('/api/auth/change-password', { body })) });
}

/** Signed-in devices: each session is one device (this one is marked `current`). */
export function useDevices() {
  return useQuery({ queryKey: accountKeys.devices(), queryFn: () => call(apiClient.GET('/api/auth/sessions')) });
}

export function useSignOutDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(apiClient.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.devices() }),
  });
}

export function useSignOutOtherDevices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(apiClient.POST('/api/auth/sessions/revoke-others')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.devices() }),
  });
}
