import type { ApolloClient } from '@apollo/client';
import type { IsoDate } from '@chitieu/shared';
import type { CurrentCampaignQuery as CurrentCampaignData } from '../../gql/graphql';
import { errorMessage } from '../../lib/errors';
import { createStore, useStore } from '../../workbench/state/store';
import { CurrentCampaignQuery } from './operations/current-campaign';

export type Campaign = NonNullable<CurrentCampaignData['campaign']>;

export interface CampaignState {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  campaign: Campaign | null;
  /** The business clock's today (the server's setting, 15/11/2023 in the demo). */
  today: IsoDate | null;
  /** The date the user chose in the status bar; null means today. */
  chosenAsOf: IsoDate | null;
}

export const campaignStore = createStore<CampaignState>({
  status: 'loading',
  campaign: null,
  today: null,
  chosenAsOf: null,
});

export async function loadCampaign(client: ApolloClient): Promise<void> {
  try {
    const { data, error } = await client.query({ query: CurrentCampaignQuery, fetchPolicy: 'network-only' });
    if (!data) throw error ?? new Error('No data');
    campaignStore.set((s) => ({ ...s, status: 'ready', campaign: data.campaign ?? null, today: data.today }));
  } catch (error) {
    campaignStore.set((s) => ({ ...s, status: 'error', error: errorMessage(error) }));
  }
}

export function setAsOf(date: IsoDate | null): void {
  campaignStore.set((s) => ({ ...s, chosenAsOf: date === s.today ? null : date }));
}

export interface CampaignView {
  campaign: Campaign | null;
  today: IsoDate | null;
  /** The as-of date every figure is shown for. */
  asOf: IsoDate | null;
  isToday: boolean;
}

/** The campaign, today and the as-of date, for components of any feature. */
export function useCampaign(): CampaignView {
  const state = useStore(campaignStore);
  const asOf = state.chosenAsOf ?? state.today;
  return { campaign: state.campaign, today: state.today, asOf, isToday: state.chosenAsOf === null };
}
