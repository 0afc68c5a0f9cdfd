import type { ServerModule } from '../../core/module';
import { ChangeFeed } from './change-feed';
import { LiveResolver } from './live.resolver';

/** The live module: committed changes told to the open consoles of this process (subscription changes). */
export type LiveNeeds = Record<string, never>;

export interface LiveServices {
  live: ChangeFeed;
}

export const liveModule = {
  resolvers: [LiveResolver] as const,
  services: (): LiveServices => ({ live: new ChangeFeed() }),
} satisfies ServerModule<LiveNeeds, LiveServices>;
