/** The main navigation. A feature with screens of its own adds its entry here (events and playlists will). */
export const navItems: ReadonlyArray<{ to: string; label: string }> = [
  { to: '/', label: 'Home' },
  { to: '/events', label: 'Events' },
  { to: '/people', label: 'People' },
  { to: '/invitations', label: 'Invitations' },
  { to: '/profile', label: 'Profile' },
  { to: '/account', label: 'Account' },
];
