import type { ServerModule } from '../../core/module';
import { ChangeFeed, type ChangeTransport } from './change-feed';
import { LiveResolver } from './live.resolver';
import { otherChangesPlugin } from './other-changes.plugin';

/**
 * The live module: committed changes told to the open consoles (subscription changes), of this
 * process and, through the transport, of the others on the same database.
 */
export interface LiveNeeds {
  /** PostgreSQL's NOTIFY/LISTEN where several processes may serve the database; null on SQLite. */
  changeTransport: ChangeTransport | null;
}

export interface LiveServices {
  live: ChangeFeed;
}

export const liveModule = {
  resolvers: [LiveResolver] as const,
  services: ({ changeTransport }: LiveNeeds): LiveServices => ({ live: new ChangeFeed(changeTransport) }),
  plugins: { otherChanges: otherChangesPlugin },
} satisfies ServerModule<LiveNeeds, LiveServices>;
