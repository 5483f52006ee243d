import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';

/** The frame of the signed-out screens: the brand, the form, and links to the neighbouring screens. */
export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="min-h-dvh bg-gradient-to-b from-brand-50 to-zinc-50">
      <div className="mx-auto max-w-md px-4 pt-8 text-center">
        <Link to="/" className="text-xl font-black tracking-tight text-brand-800">
          MusicRoom
        </Link>
      </div>
      <Page title={title} narrow>
        <div className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm">{children}</div>
        {footer && <div className="mt-4 flex flex-col items-center gap-2 text-sm text-zinc-700">{footer}</div>}
      </Page>
    </main>
  );
}
