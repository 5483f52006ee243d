import { useDeferredValue, useState } from 'react';
import { useMe } from '../../session/use-me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Page, Section } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import {
  useAnswerFriendRequest,
  useCancelFriendRequest,
  useFriendRequests,
  useFriends,
  useRemoveFriend,
  useSendFriendRequest,
  useUserSearch,
} from './api';
import { UserRow } from './UserRow';

function Empty({ children }: { children: string }) {
  return <p className="text-sm text-zinc-600">{children}</p>;
}

function SearchSection() {
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text.trim());
  const search = useUserSearch(deferred);
  const send = useSendFriendRequest();
  const me = useMe().data;
  const results = (search.data?.items ?? []).filter((u) => u.id !== me?.id);
  return (
    <Section title="Find people">
      <TextField label="Search by name" type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      <ErrorNotice error={search.error ?? send.error} className="mt-2" />
      {deferred && search.isSuccess && results.length === 0 && <Empty>No one found with that name.</Empty>}
      <ul aria-label="Search results" className="divide-y divide-zinc-100">
        {deferred &&
          results.map((user) => (
            <UserRow key={user.id} user={user}>
              <Button variant="secondary" busy={send.isPending && send.variables === user.id} onClick={() => send.mutate(user.id)}>
                Add friend<span className="sr-only"> {user.displayName}</span>
              </Button>
            </UserRow>
          ))}
      </ul>
      {send.isSuccess && (
        <p role="status" className="mt-2 text-sm text-emerald-800">
          {'status' in send.data && send.data.status === 'friends' ? 'You are now friends.' : 'Friend request sent.'}
        </p>
      )}
    </Section>
  );
}

function IncomingSection() {
  const incoming = useFriendRequests('incoming');
  const answer = useAnswerFriendRequest();
  const items = incoming.data?.items ?? [];
  return (
    <Section title="Friend requests" id="incoming">
      <ErrorNotice error={incoming.error ?? answer.error} />
      {incoming.isSuccess && items.length === 0 && <Empty>No pending requests.</Empty>}
      <ul className="divide-y divide-zinc-100">
        {items.map((request) => (
          <UserRow key={request.id} user={request.from} note="wants to be your friend">
            <Button busy={answer.isPending && answer.variables.id === request.id} onClick={() => answer.mutate({ id: request.id, answer: 'accept' })}>
              Accept<span className="sr-only"> {request.from.displayName}</span>
            </Button>
            <Button variant="secondary" onClick={() => answer.mutate({ id: request.id, answer: 'decline' })}>
              Decline<span className="sr-only"> {request.from.displayName}</span>
            </Button>
          </UserRow>
        ))}
      </ul>
    </Section>
  );
}

function OutgoingSection() {
  const outgoing = useFriendRequests('outgoing');
  const cancel = useCancelFriendRequest();
  const items = outgoing.data?.items ?? [];
  return (
    <Section title="Sent requests" id="outgoing">
      <ErrorNotice error={outgoing.error ?? cancel.error} />
      {outgoing.isSuccess && items.length === 0 && <Empty>No requests waiting for an answer.</Empty>}
      <ul className="divide-y divide-zinc-100">
        {items.map((request) => (
          <UserRow key={request.id} user={request.to} note="waiting for an answer">
            <Button variant="secondary" busy={cancel.isPending && cancel.variables === request.id} onClick={() => cancel.mutate(request.id)}>
              Cancel<span className="sr-only"> request to {request.to.displayName}</span>
            </Button>
          </UserRow>
        ))}
      </ul>
    </Section>
  );
}

function FriendsSection() {
  const friends = useFriends();
  const remove = useRemoveFriend();
  const items = friends.data?.items ?? [];
  return (
    <Section title="Friends">
      <ErrorNotice error={friends.error ?? remove.error} />
      {friends.isSuccess && items.length === 0 && <Empty>No friends yet: find people above.</Empty>}
      <ul aria-label="Friends" className="divide-y divide-zinc-100">
        {items.map(({ user, since }) => (
          <UserRow key={user.id} user={user} note={`Friends since ${new Date(since).toLocaleDateString()}`}>
            <Button variant="secondary" busy={remove.isPending && remove.variables === user.id} onClick={() => remove.mutate(user.id)}>
              Remove<span className="sr-only"> {user.displayName}</span>
            </Button>
          </UserRow>
        ))}
      </ul>
    </Section>
  );
}

export function PeoplePage() {
  return (
    <Page title="People">
      <SearchSection />
      <IncomingSection />
      <OutgoingSection />
      <FriendsSection />
    </Page>
  );
}
