import type { ServerModule } from '../../core/module';
import type { Db } from '../../db/sql';
import type { WriteGate } from '../../db/write-gate';
import type { AuditServices } from '../audit/audit.module';
import type { UnitsServices } from '../units/units.module';
import { AccessResolver } from './access.resolver';
import { AccessService } from './access.service';
import { analystGuardPlugin } from './analyst-guard';
import { introspectionGuardPlugin } from './introspection-guard';
import { UsersResolver } from './users.resolver';
import { UserAdminService } from './users.service';

/**
 * The access module: logins and sessions, users, and who may ask what (its Apollo plugins). The
 * write gate keeps a session's touch from waiting behind a long import.
 */
export type AccessNeeds = { sql: Db; writeGate: WriteGate } & UnitsServices & AuditServices;

export interface AccessServices {
  access: AccessService;
  users: UserAdminService;
}

export const accessModule = {
  resolvers: [AccessResolver, UsersResolver] as const,
  services({ sql, writeGate, units, audit }: AccessNeeds): AccessServices {
    const access = new AccessService(sql, units, audit, writeGate);
    return { access, users: new UserAdminService(sql, units, access, audit) };
  },
  plugins: { analystGuard: analystGuardPlugin, introspectionGuard: introspectionGuardPlugin },
} satisfies ServerModule<AccessNeeds, AccessServices>;
