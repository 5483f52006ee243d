import { useState } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../session/use-me';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { TextField } from '../../ui/TextField';
import { useGenerateAvatar } from './api';

/** Shown only when the feature is available to this user; otherwise says why (an upgrade prompt for free plans). */
export function AiAvatarSection({ me }: { me: Me }) {
  const [prompt, setPrompt] = useState('');
  const generate = useGenerateAvatar();
  const feature = me.features?.aiAvatar;
  if (!feature?.available) {
    if (feature?.reason === 'provider_unavailable') {
      return <p className="text-sm text-zinc-700">AI avatars are not set up on this server yet.</p>;
    }
    return (
      <div className="rounded-lg bg-brand-50 p-3 text-sm">
        <p className="mb-2">Create an avatar from a description with AI: a Premium feature.</p>
        <Link to="/account#plan-heading" className="font-semibold text-brand-700 underline">
          Upgrade to Premium
        </Link>
      </div>
    );
  }
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        generate.mutate(prompt.trim());
      }}
    >
      <TextField label="Describe your avatar" value={prompt} onChange={(e) => setPrompt(e.target.value)} hint="For example: a fox wearing headphones, flat illustration." />
      <ErrorNotice error={generate.error} />
      {generate.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          Your new avatar is ready.
        </p>
      )}
      <Button type="submit" busy={generate.isPending} disabled={prompt.trim().length === 0} className="self-start">
        Generate
      </Button>
    </form>
  );
}
