/** The main navigation. A feature with screens of its own adds its entry here. */
export const navItems: ReadonlyArray<{ to: string; label: string }> = [
  { to: '/', label: 'Home' },
  { to: '/events', label: 'Events' },
  { to: '/playlists', label: 'Playlists' },
  { to: '/people', label: 'People' },
  { to: '/invitations', label: 'Invitations' },
  { to: '/profile', label: 'Profile' },
  { to: '/account', label: 'Account' },
];
