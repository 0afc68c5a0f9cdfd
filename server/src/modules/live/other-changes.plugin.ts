import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * Mutations told otherwise: precisely, by the service that writes them (a saved day, a split), or
 * not at all, since no other console shows what they change (one's own sessions, password, history).
 */
const TOLD_OTHERWISE = new Set([
  'recordTallies',
  'assignTargets',
  'login',
  'logout',
  'changeMyPassword',
  'revokeSessions',
  'clearQueryHistory',
]);

/**
 * Every other mutation that succeeded (a directive, a line's update, a campaign, a user, a shared
 * query) is told to every open console as an OTHER notice, after its transaction has committed:
 * the consoles refetch what they show, as they did when dataVersion moved under their poll.
 */
export const otherChangesPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, response, contextValue }) {
        if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!data || (errors?.length ?? 0) > 0) return;
        const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
        if (fields.every((field) => TOLD_OTHERWISE.has(field) || field === '__typename')) return;
        contextValue.services.live.publish({ kind: 'OTHER', campaign: null, paths: [] });
      },
    };
  },
};
