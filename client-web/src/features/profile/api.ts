import { useMutation, useQueryClient } from '@tanstack/react-query';
import { avatarKeys } from '../../api/avatar';
import { apiClient, call } from '../../api/client';
import type { components } from '../../api/schema';
import { meKeys } from '../../session/keys';

export type ProfileUpdate = components['schemas']['UpdateProfileDto'];

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileUpdate) => call(apiClient.PATCH('/api/users/me', { body })),
    onSuccess: (me) => queryClient.setQueryData(meKeys.me, me),
  });
}

function useAvatarChanged() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: avatarKeys.all }), queryClient.invalidateQueries({ queryKey: meKeys.me })]);
}

export function useUploadAvatar() {
  const changed = useAvatarChanged();
  return useMutation({
    // The generated type of a binary part is `string`; the serializer puts the Blob in the multipart body (openapi-fetch's documented way).
    mutationFn: (file: Blob) =>
      call(
        apiClient.PUT('/api/users/me/avatar', {
          body: { file: file as unknown as string },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', file, 'avatar.webp');
            return form;
          },
        }),
      ),
    onSuccess: changed,
  });
}

export function useResetAvatar() {
  const changed = useAvatarChanged();
  return useMutation({ mutationFn: () => call(apiClient.DELETE('/api/users/me/avatar')), onSuccess: changed });
}

export function useGenerateAvatar() {
  const changed = useAvatarChanged();
  return useMutation({ mutationFn: (prompt: string) => call(apiClient.POST('/api/users/me/avatar/generate', { body: { prompt } })), onSuccess: changed });
}
