import { isLeaf, peoplesCommitteeName, type BodyKind } from '@chitieu/shared';
import { appError, echo } from '../../core/errors';
import { RowsCache } from '../../db/rows-cache';
import type { Db } from '../../db/sql';
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
  private readonly cache: RowsCache<AgencyRow>;

  constructor(
    private readonly sql: Db,
    private readonly units: UnitService,
    private readonly audit: AuditService,
  ) {
    this.cache = new RowsCache(
      sql,
      async () =>
        await sql.all<AgencyRow>(
          `SELECT id, code, name, short_name AS shortName, home_unit_id AS homeUnitId FROM agency ORDER BY code`,
        ),
    );
  }

  async all(): Promise<AgencyRow[]> {
    return this.cache.get();
  }

  async byId(id: number): Promise<AgencyRow | undefined> {
    return (await this.all()).find((a) => a.id === id);
  }

  async byCode(code: string): Promise<AgencyRow | undefined> {
    return (await this.all()).find((a) => a.code === code);
  }

  /** The body behind a stored (unit, agency) pair: an issuer or a line's assignee. */
  async bodyOf(unitId: number, agencyId: number | null, unit?: UnitRow): Promise<Body> {
    const agency = agencyId === null ? null : (await this.byId(agencyId))!;
    return { kind: agency ? 'AGENCY' : 'PEOPLES_COMMITTEE', unit: unit ?? (await this.units.byId(unitId))!, agency };
  }

  /** The body a code names, or undefined. Hamlets have no People's Committee. */
  async bodyByCode(code: string): Promise<Body | undefined> {
    const agency = await this.byCode(code);
    if (agency) return { kind: 'AGENCY', unit: (await this.units.byId(agency.homeUnitId))!, agency };
    const unit = await this.units.byCode(code);
    if (!unit || isLeaf(unit.level)) return undefined;
    return { kind: 'PEOPLES_COMMITTEE', unit, agency: null };
  }

  /** Many bodies by code in two statements; unknown codes are left out. */
  async bodiesByCodes(codes: readonly string[]): Promise<Map<string, Body>> {
    const out = new Map<string, Body>();
    const known = new Map((await this.all()).map((a) => [a.code, a]));
    const agencies = codes.map((c) => known.get(c)).filter((a): a is AgencyRow => a !== undefined);
    const unitCodes = codes.filter((c) => !known.has(c));
    const homes = new Map(
      (await this.units.byIds([...new Set(agencies.map((a) => a.homeUnitId))])).map((u) => [u.id, u]),
    );
    for (const agency of agencies)
      out.set(agency.code, { kind: 'AGENCY', unit: homes.get(agency.homeUnitId)!, agency });
    for (const unit of await this.units.byCodes(unitCodes)) {
      if (!isLeaf(unit.level)) out.set(unit.code, { kind: 'PEOPLES_COMMITTEE', unit, agency: null });
    }
    return out;
  }

  /** Adds an agency (the seed; for callers inside a transaction). */
  async insert(input: NewAgency, actor: Actor): Promise<AgencyRow> {
    const home = await this.units.byCode(input.homeUnitCode);
    if (!home)
      throw appError(
        'BAD_USER_INPUT',
        `Không có đơn vị ${echo(input.homeUnitCode)}.`,
        `No unit has the code ${echo(input.homeUnitCode)}.`,
      );
    if (
      !/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/.test(input.code) ||
      (await this.units.byCode(input.code)) ||
      (await this.byCode(input.code))
    ) {
      throw appError(
        'CONFLICT',
        `Mã cơ quan ${echo(input.code)} không hợp lệ hoặc đã dùng.`,
        `The agency code ${echo(input.code)} is not valid or is taken.`,
      );
    }
    await this.sql.run(
      `INSERT INTO agency (code, name, short_name, home_unit_id) VALUES (?, ?, ?, ?)`,
      input.code,
      input.name,
      input.shortName,
      home.id,
    );
    this.cache.invalidate();
    await this.audit.record(actor, [
      {
        action: 'agency.create',
        unitId: home.id,
        unitPath: home.path,
        field: input.code,
        newValue: { name: input.name, shortName: input.shortName },
      },
    ]);
    return (await this.byCode(input.code))!;
  }
}
