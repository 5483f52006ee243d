export const meKeys = {
  me: ['users', 'me'] as const,
};
