import type { UseFormRegisterReturn } from 'react-hook-form';

export type Visibility = 'public' | 'friends' | 'private';

const options: Array<{ value: Visibility; label: string }> = [
  { value: 'public', label: 'Everyone' },
  { value: 'friends', label: 'Friends' },
  { value: 'private', label: 'Only me' },
];

/** Who sees one profile field: a native select, labelled with the field it governs. */
export function VisibilityPicker({ field, registration }: { field: string; registration: UseFormRegisterReturn }) {
  const id = `visibility-${registration.name}`;
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-zinc-700">
        Who sees your {field}
      </label>
      <select id={id} className="min-h-11 rounded-lg border border-zinc-400 bg-white px-2" {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
