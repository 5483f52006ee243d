import { useEffect, type ReactNode } from 'react';

/** A screen: sets the document title and renders its one h1 (which the router focuses after navigation). */
export function Page({ title, children, narrow = false }: { title: string; children: ReactNode; narrow?: boolean }) {
  useEffect(() => {
    document.title = `${title} · MusicRoom`;
  }, [title]);
  return (
    <div className={`mx-auto w-full ${narrow ? 'max-w-md' : 'max-w-3xl'} px-4 py-6`}>
      <h1 tabIndex={-1} data-page-title className="mb-4 text-2xl font-bold text-zinc-900 outline-none">
        {title}
      </h1>
      {children}
    </div>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-zinc-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
