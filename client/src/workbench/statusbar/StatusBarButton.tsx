import type { ReactNode } from 'react';
import { Codicon } from '../Codicon';

/** One clickable status-bar entry; features use it for theirs. */
export function StatusBarButton({
  icon,
  children,
  title,
  onClick,
  kind,
  testId,
}: {
  icon?: string;
  children: ReactNode;
  title: string;
  onClick?: () => void;
  kind?: 'error' | 'prominent';
  testId?: string;
}) {
  const className = `statusbar-item${onClick ? ' clickable' : ''}${kind ? ` ${kind}` : ''}`;
  const content = (
    <>
      {icon && <Codicon name={icon} />}
      <span>{children}</span>
    </>
  );
  return onClick ? (
    <button type="button" className={className} title={title} onClick={onClick} data-testid={testId}>
      {content}
    </button>
  ) : (
    <span className={className} title={title} data-testid={testId}>
      {content}
    </span>
  );
}
