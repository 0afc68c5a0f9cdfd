import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit module: who changed what. Needs the database only. */
export interface AuditServices {
  audit: AuditService;
}

export const auditModule = {
  resolvers: [AuditResolver] as const,
  services: ({ sql }: { sql: Db }): AuditServices => ({ audit: new AuditService(sql) }),
} satisfies ServerModule<{ sql: Db }, AuditServices>;
