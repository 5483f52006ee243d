import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { components } from '../../api/schema';
import { Avatar } from '../../ui/Avatar';

export type UserCard = components['schemas']['UserCardDto'];

export function UserRow({ user, children, note }: { user: UserCard; children?: ReactNode; note?: string }) {
  return (
    <li className="flex flex-wrap items-center gap-3 py-2">
      <Avatar userId={user.id} />
      <div className="min-w-0 flex-1">
        <Link to={`/users/${user.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {user.displayName}
        </Link>
        {note && <p className="text-xs text-zinc-600">{note}</p>}
      </div>
      {children && <div className="flex gap-2">{children}</div>}
    </li>
  );
}
