/** A row of toggle buttons choosing one scope of a list (public / mine / …); the pressed one is the current. */
export function ScopeTabs<T extends string>({
  label,
  scopes,
  current,
  onChange,
}: {
  label: string;
  scopes: ReadonlyArray<{ value: T; label: string }>;
  current: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex gap-1 rounded-lg bg-zinc-100 p-1">
      {scopes.map((s) => (
        <button
          key={s.value}
          type="button"
          aria-pressed={s.value === current}
          onClick={() => onChange(s.value)}
          className="min-h-11 rounded-md px-4 text-sm font-semibold text-zinc-800 aria-pressed:bg-white aria-pressed:text-brand-800 aria-pressed:shadow-sm"
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}
