import { useId, type Ref, type SelectHTMLAttributes } from 'react';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  hint?: string;
  ref?: Ref<HTMLSelectElement>;
}

/** A labelled native select; its hint is tied to it with aria-describedby. */
export function SelectField({ label, options, hint, id, className = '', ref, ...rest }: SelectFieldProps) {
  const generated = useId();
  const selectId = id ?? generated;
  const hintId = hint ? `${selectId}-hint` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={selectId} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <select id={selectId} ref={ref} aria-describedby={hintId} className="min-h-11 rounded-lg border border-zinc-400 bg-white px-2 text-base text-zinc-900" {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="text-xs text-zinc-600">
          {hint}
        </p>
      )}
    </div>
  );
}
