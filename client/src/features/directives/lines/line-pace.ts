import { compareStateSeverity, type ProgressState } from '@chitieu/shared';

export interface TrendLike {
  remaining: number;
  state: ProgressState;
}

/**
 * The count a line's row shows the pace of: the one behind the line's state (the worse state of
 * the two), activation when both stand alike (it is the lower count: accounts are activated after
 * they are collected).
 */
export function decidingCount<T extends TrendLike>(progress: {
  collection: T;
  activation: T;
}): { metric: 'collection' | 'activation'; trend: T } {
  const { collection, activation } = progress;
  return compareStateSeverity(collection.state, activation.state) > 0
    ? { metric: 'collection', trend: collection }
    : { metric: 'activation', trend: activation };
}
