import { Resolver, Root, Subscription } from 'type-graphql';
import type { ChangeNotice } from '@chitieu/shared';
import type { Context } from '../context';
import { requireViewer } from '../access/viewer';
import { ChangeNoticeType } from './live.types';

/** What a subscription's resolvers get (no HTTP request or response: the socket is the console's). */
export type LiveContext = Pick<Context, 'services' | 'viewer' | 'requestId'>;

@Resolver()
export class LiveResolver {
  @Subscription(() => ChangeNoticeType, {
    description:
      'Changes pushed to open consoles (thay đổi trực tiếp), over WebSocket at /graphql (graphql-ws protocol) with the session cookie: a notice for each committed change within your scope, so a console refetches just what it shows. Refused without a valid session at connect; the socket is closed (4401) when the session ends (logout, expiry, a deactivated user) within the check interval. Every other change (a directive, a campaign, a user…) comes as an OTHER notice to every console, naming no unit.',
    subscribe: ({ context }) => {
      const { services, viewer } = context as LiveContext;
      return services.live.notices(requireViewer(viewer).scopePath);
    },
  })
  changes(@Root() notice: ChangeNotice): ChangeNotice {
    return notice;
  }
}
