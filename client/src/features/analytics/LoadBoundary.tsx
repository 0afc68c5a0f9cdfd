import { Component, type ReactNode } from 'react';
import { i18n } from '../../i18n/i18n';

/**
 * Keeps a failure of the lazily loaded editor or docs (a chunk that did not arrive, a render
 * error) inside its own box: the rest of the console goes on, and "Thử lại" tries again.
 */
export class LoadBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="view-error" role="alert">
        <p>{i18n.t('analytics:load.failed', { message: error.message })}</p>
        <button type="button" className="button secondary" onClick={() => this.setState({ error: null })}>
          {i18n.t('analytics:load.retry')}
        </button>
      </div>
    );
  }
}
