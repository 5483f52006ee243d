import { useAvatar } from '../api/avatar';

const sizes = { sm: 'size-10', md: 'size-16', lg: 'size-28' } as const;

/** A user's avatar (decorative: the name is always next to it). */
export function Avatar({ userId, size = 'sm' }: { userId: string; size?: keyof typeof sizes }) {
  const { data } = useAvatar(userId);
  return data ? (
    <img src={data} alt="" className={`${sizes[size]} shrink-0 rounded-full bg-zinc-200 object-cover`} />
  ) : (
    <span aria-hidden="true" className={`${sizes[size]} inline-block shrink-0 rounded-full bg-zinc-200`} />
  );
}
