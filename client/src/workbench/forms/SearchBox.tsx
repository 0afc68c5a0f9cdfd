/** A search box: its placeholder is its accessible name too (a list's filter, the docs' search). */
export function SearchBox({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  className?: string;
}) {
  return (
    <input
      className={className ? `input ${className}` : 'input'}
      type="search"
      value={value}
      placeholder={label}
      aria-label={label}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
