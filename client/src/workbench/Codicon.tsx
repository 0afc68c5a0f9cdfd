/** An icon from @vscode/codicons (CC BY 4.0, credited in client/README.md). */
export function Codicon({
  name,
  size,
  className,
  spin,
}: {
  name: string;
  size?: number;
  className?: string;
  spin?: boolean;
}) {
  const classes = ['codicon', `codicon-${name}`, spin ? 'codicon-modifier-spin' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <span className={classes} aria-hidden="true" style={size ? { fontSize: size } : undefined} />;
}
