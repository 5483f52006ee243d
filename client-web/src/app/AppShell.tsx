import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSignOut } from '../features/auth/api';
import { useInvitations } from '../features/invitations/api';
import { useFriendRequests } from '../features/people/api';
import { LiveNotifications } from '../realtime/LiveNotifications';
import { Button } from '../ui/Button';
import { ConnectionBadge } from './ConnectionBadge';
import { navItems } from './nav';

function Badge({ count, label }: { count: number; label: string }) {
  if (count === 0) return null;
  return (
    <span className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-bold text-white" aria-label={`${count} ${label}`} data-testid={`badge-${label.split(' ')[0]}`}>
      {count}
    </span>
  );
}

/** The signed-in frame: navigation with live badges, the connection state, sign out, and the screen. */
export function AppShell() {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const incoming = useFriendRequests('incoming').data?.items.length ?? 0;
  const invitations = useInvitations().data?.items.length ?? 0;
  const badges: Record<string, { count: number; label: string }> = {
    '/people': { count: incoming, label: 'pending friend requests' },
    '/invitations': { count: invitations, label: 'pending invitations' },
  };
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Skip to content
      </a>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-2">
          <NavLink to="/" className="text-lg font-black tracking-tight">
            MusicRoom
          </NavLink>
          <ConnectionBadge />
          <Button
            variant="ghost"
            className="ml-auto !text-white"
            busy={signOut.isPending}
            onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })}
          >
            Sign out
          </Button>
        </div>
        <nav aria-label="Main" className="mx-auto max-w-5xl overflow-x-auto px-2">
          <ul className="flex gap-1 pb-1">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.to === '/'}
                  className={({ isActive }) =>
                    `flex min-h-11 items-center whitespace-nowrap rounded-t-lg px-3 text-sm font-medium ${isActive ? 'bg-zinc-50 text-brand-800' : 'text-white hover:bg-white/10'}`
                  }
                >
                  {item.label}
                  {badges[item.to] && <Badge {...badges[item.to]!} />}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="flex-1">
        <Outlet />
      </main>
      <LiveNotifications />
    </div>
  );
}
