import DataLoader from 'dataloader';
import { taskStatus, type IsoDate, type LineStatus } from '@chitieu/shared';
import type { DirectiveRow, LineInContext, TaskRow } from './directive.rows';
import { evaluateLines, type LineStatusDeps } from './line-status';

/** A loader of lists by id from one batched read that answers them grouped (an id with none: an empty list). */
function listsByKey<T>(read: (ids: readonly number[]) => Promise<Map<number, T[]>>): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (ids) => {
    const lists = await read(ids);
    return ids.map((id) => lists.get(id) ?? []);
  });
}

/**
 * Per-request batching for directives: tasks and lines of many directives, and the state of any
 * set of lines on a date, each one batch however many fields ask.
 */
export class DirectiveLoaders {
  private readonly statusLoaders = new Map<IsoDate, DataLoader<LineInContext, LineStatus, number>>();

  /** The directives' store, the campaigns, and the request's progress loaders (a linked line's state is its unit's progress). */
  constructor(private readonly deps: LineStatusDeps) {}

  private get store() {
    return this.deps.store;
  }

  readonly byId = new DataLoader<number, DirectiveRow | undefined>(async (ids) => {
    const rows = new Map((await this.store.byIds(ids)).map((d) => [d.id, d]));
    return ids.map((id) => rows.get(id));
  });

  /** Tasks by directive id. */
  readonly tasks = listsByKey((ids) => this.store.tasksOf(ids));

  /** Lines by directive id (every line of every task, in task then unit order). */
  readonly lines = listsByKey((ids) => this.store.linesOf(ids));

  /** Progress updates by line id. */
  readonly updates = listsByKey((ids) => this.store.updatesOf(ids));

  /** Filed reports by line id. */
  readonly reports = listsByKey((ids) => this.store.reportsOf(ids));

  /** Every line of a directive with its task and the directive itself. */
  async inContext(directive: DirectiveRow): Promise<LineInContext[]> {
    const [tasks, lines] = await Promise.all([this.tasks.load(directive.id), this.lines.load(directive.id)]);
    const byId = new Map(tasks.map((t) => [t.id, t]));
    return lines.map((line) => ({ line, task: byId.get(line.taskId)!, directive }));
  }

  status(asOf: IsoDate): DataLoader<LineInContext, LineStatus, number> {
    let loader = this.statusLoaders.get(asOf);
    if (!loader) {
      loader = new DataLoader((items) => evaluateLines(items, asOf, this.deps), { cacheKeyFn: (item) => item.line.id });
      this.statusLoaders.set(asOf, loader);
    }
    return loader;
  }

  /** Each line's status, in the order given. */
  async statuses(items: readonly LineInContext[], asOf: IsoDate): Promise<LineStatus[]> {
    const results = await this.status(asOf).loadMany(items);
    return results.map((r) => {
      if (r instanceof Error) throw r;
      return r;
    });
  }

  /** Every task of a directive with its overall state. */
  async taskStatuses(directive: DirectiveRow, asOf: IsoDate): Promise<Array<{ task: TaskRow; status: LineStatus }>> {
    const tasks = await this.tasks.load(directive.id);
    return Promise.all(tasks.map(async (task) => ({ task, status: await this.taskStatus(directive, task, asOf) })));
  }

  /** After a write: later reads of this request see it. */
  clearAll(): void {
    for (const loader of [this.byId, this.tasks, this.lines, this.updates, this.reports]) loader.clearAll();
    this.statusLoaders.clear();
  }

  /** A task's overall state: over all its lines, seen or not. */
  async taskStatus(directive: DirectiveRow, task: TaskRow, asOf: IsoDate): Promise<LineStatus> {
    const items = (await this.inContext(directive)).filter((i) => i.task.id === task.id);
    return taskStatus(await this.statuses(items, asOf));
  }
}
