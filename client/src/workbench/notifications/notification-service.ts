import { createStore, type Store } from '../state/store';

export type Severity = 'info' | 'warning' | 'error';

export interface Notification {
  id: number;
  severity: Severity;
  message: string;
  detail?: string;
}

export interface ProgressTask {
  id: number;
  title: string;
}

/** Toasts in the bottom-right corner, and the long work the status bar shows as progress. */
export class NotificationService {
  readonly store: Store<Notification[]> = createStore<Notification[]>([]);
  readonly progress: Store<ProgressTask[]> = createStore<ProgressTask[]>([]);
  private nextId = 1;
  private readonly log: Array<Notification & { at: Date }> = [];
  private readonly historyListeners = new Set<() => void>();

  /** Everything notified this session, for the Output panel. */
  history(): Array<Notification & { at: Date }> {
    return [...this.log];
  }

  onHistory(listener: () => void): () => void {
    this.historyListeners.add(listener);
    return () => this.historyListeners.delete(listener);
  }

  /** Writes a line to the Output panel without a toast. */
  trace(message: string, detail?: string): void {
    this.record({ id: this.nextId++, severity: 'info', message, ...(detail ? { detail } : {}) });
  }

  private record(notification: Notification): void {
    this.log.push({ ...notification, at: new Date() });
    if (this.log.length > 500) this.log.shift();
    for (const listener of [...this.historyListeners]) listener();
  }

  notify(severity: Severity, message: string, detail?: string): number {
    const id = this.nextId++;
    const notification: Notification = { id, severity, message, ...(detail ? { detail } : {}) };
    this.record(notification);
    this.store.set((list) => [...list.slice(-4), notification]);
    if (severity === 'info') setTimeout(() => this.dismiss(id), 6000);
    return id;
  }

  info(message: string, detail?: string): number {
    return this.notify('info', message, detail);
  }

  error(message: string, detail?: string): number {
    return this.notify('error', message, detail);
  }

  dismiss(id: number): void {
    this.store.set((list) => list.filter((n) => n.id !== id));
  }

  clear(): void {
    this.store.set([]);
  }

  /** Shows `title` in the status bar until the work settles. */
  async withProgress<T>(title: string, work: Promise<T>): Promise<T> {
    const id = this.nextId++;
    this.progress.set((tasks) => [...tasks, { id, title }]);
    try {
      return await work;
    } finally {
      this.progress.set((tasks) => tasks.filter((task) => task.id !== id));
    }
  }
}
