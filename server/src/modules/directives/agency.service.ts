import { peoplesCommitteeName, type BodyKind } from '@chitieu/shared';
import { appError } from '../../app/errors';
import type { Sql } from '../../db/sql';
import type { Actor, AuditService } from '../audit/audit.service';
import type { UnitRow, UnitService } from '../units/unit.service';
import type { AgencyRow } from './directive.rows';

/** A body that issues directives or is given tasks: a unit's People's Committee, or an agency. */
export interface Body {
  kind: BodyKind;
  /** The People's Committee's unit, or the agency's home unit. */
  unit: UnitRow;
  agency: AgencyRow | null;
}

export function bodyCode(body: Body): string {
  return body.agency?.code ?? body.unit.code;
}

export function bodyName(body: Body): string {
  return body.agency?.name ?? peoplesCommitteeName(body.unit.name);
}

export interface NewAgency {
  code: string;
  name: string;
  shortName: string;
  homeUnitCode: string;
}

/**
 * Agencies that are not administrative units (Công an tỉnh, Tỉnh Đoàn, Hội LHPN tỉnh), and the
 * lookup of a body by code: a unit code names its People's Committee, an agency code the agency.
 * Agency codes never equal a unit code, so one string names either. Few rows: cached.
 */
export class AgencyService {
  private cache: AgencyRow[] | null = null;

  constructor(
    private readonly sql: Sql,
    private readonly units: UnitService,
    private readonly audit: AuditService,
  ) {}

  all(): AgencyRow[] {
    this.cache ??= this.sql.all<AgencyRow>(
      `SELECT id, code, name, short_name AS shortName, home_unit_id AS homeUnitId FROM agency ORDER BY code`,
    );
    return this.cache;
  }

  byId(id: number): AgencyRow | undefined {
    return this.all().find((a) => a.id === id);
  }

  byCode(code: string): AgencyRow | undefined {
    return this.all().find((a) => a.code === code);
  }

  /** The body behind a stored (unit, agency) pair: an issuer or a line's assignee. */
  bodyOf(unitId: number, agencyId: number | null, unit?: UnitRow): Body {
    const agency = agencyId === null ? null : this.byId(agencyId)!;
    return { kind: agency ? 'AGENCY' : 'PEOPLES_COMMITTEE', unit: unit ?? this.units.byId(unitId)!, agency };
  }

  /** The body a code names, or undefined. Hamlets have no People's Committee. */
  bodyByCode(code: string): Body | undefined {
    const agency = this.byCode(code);
    if (agency) return { kind: 'AGENCY', unit: this.units.byId(agency.homeUnitId)!, agency };
    const unit = this.units.byCode(code);
    if (!unit || unit.level === 'HAMLET') return undefined;
    return { kind: 'PEOPLES_COMMITTEE', unit, agency: null };
  }

  /** Many bodies by code in two statements; unknown codes are left out. */
  bodiesByCodes(codes: readonly string[]): Map<string, Body> {
    const out = new Map<string, Body>();
    const agencies = codes.map((c) => this.byCode(c)).filter((a): a is AgencyRow => a !== undefined);
    const unitCodes = codes.filter((c) => !this.byCode(c));
    const homes = new Map(this.units.byIds([...new Set(agencies.map((a) => a.homeUnitId))]).map((u) => [u.id, u]));
    for (const agency of agencies) out.set(agency.code, { kind: 'AGENCY', unit: homes.get(agency.homeUnitId)!, agency });
    for (const unit of this.units.byCodes(unitCodes)) {
      if (unit.level !== 'HAMLET') out.set(unit.code, { kind: 'PEOPLES_COMMITTEE', unit, agency: null });
    }
    return out;
  }

  /** Adds an agency (the seed; synchronous, for callers inside a transaction). */
  insert(input: NewAgency, actor: Actor): AgencyRow {
    const home = this.units.byCode(input.homeUnitCode);
    if (!home) throw appError('BAD_USER_INPUT', `Không có đơn vị "${input.homeUnitCode}".`, `No unit has the code "${input.homeUnitCode}".`);
    if (!/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/.test(input.code) || this.units.byCode(input.code) || this.byCode(input.code)) {
      throw appError('CONFLICT', `Mã cơ quan "${input.code}" không hợp lệ hoặc đã dùng.`, `The agency code "${input.code}" is not valid or is taken.`);
    }
    this.sql.run(
      `INSERT INTO agency (code, name, short_name, home_unit_id) VALUES (?, ?, ?, ?)`,
      input.code, input.name, input.shortName, home.id,
    );
    this.cache = null;
    this.audit.record(actor, [{ action: 'agency.create', unitId: home.id, unitPath: home.path, field: input.code, newValue: { name: input.name, shortName: input.shortName } }]);
    return this.byCode(input.code)!;
  }
}
