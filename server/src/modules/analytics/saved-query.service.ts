import { checkSavedQuery, foldVietnamese, pathCodes, SAVED_QUERY_LIMITS } from '@chitieu/shared';
import { appError } from '../../core/errors';
import { type Db, placeholders } from '../../db/sql';
import { actorOf, type Viewer } from '../access/viewer';
import type { AuditService } from '../audit/audit.service';

/** A saved query as the services pass it around. */
export interface SavedQueryRow {
  id: number;
  ownerId: number | null;
  ownerName: string | null;
  name: string;
  description: string;
  query: string;
  variables: string | null;
  shared: boolean;
  sharedUnitId: number | null;
  example: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SavedQueryFields {
  name: string;
  description: string;
  query: string;
  variables: string | null;
  shared: boolean;
}

/** Which saved queries a list shows: all visible, your own, others' shared ones, the examples. */
export type SavedQueryFilter = 'ALL' | 'MINE' | 'SHARED' | 'EXAMPLES';

export interface SavedQueryList {
  search?: string | null;
  filter: SavedQueryFilter;
  first: number;
  offset: number;
}

const COLUMNS = `q.id, q.owner_id AS ownerId, o.username AS ownerName, q.name, q.description, q.query, q.variables,
  q.shared, q.shared_unit_id AS sharedUnitId, (CASE WHEN q.example_key IS NOT NULL THEN 1 ELSE 0 END) AS example, q.created_at AS createdAt, q.updated_at AS updatedAt`;

function toRow(row: SavedQueryRow): SavedQueryRow {
  return { ...row, shared: Boolean(row.shared), example: Boolean(row.example) };
}

function searchText(name: string, description: string): string {
  return `${foldVietnamese(name)}\n${foldVietnamese(description)}`;
}

function checked<T extends Partial<SavedQueryFields>>(fields: T): T {
  const problems = checkSavedQuery(fields);
  if (problems.length > 0) {
    throw appError(
      'BAD_USER_INPUT',
      'Truy vấn đã lưu chưa hợp lệ; không có gì được lưu.',
      'The saved query is not valid; nothing was saved.',
      problems.map((p) => ({ unit: null, ...p })),
    );
  }
  return { ...fields, ...(fields.name !== undefined ? { name: fields.name.trim() } : {}) };
}

/**
 * Saved queries. Yours are yours alone to change; a shared one is visible to everyone whose scope
 * is the unit it is shared with (its owner's scope) or below it, read-only for them (they copy
 * it); the seed's examples belong to nobody, are shared at the province and are read-only for all.
 * Every change is audited in its own transaction; a deletion keeps the deleted query in its event.
 */
export class SavedQueryService {
  constructor(
    private readonly sql: Db,
    private readonly audit: AuditService,
  ) {}

  /** The WHERE clause of "visible to this viewer", with its parameters. */
  private visible(viewer: Viewer): { where: string; params: unknown[] } {
    const codes = pathCodes(viewer.scopePath);
    return {
      where: `(q.owner_id = ? OR (q.shared = 1 AND q.shared_unit_id IN (SELECT id FROM unit WHERE code IN (${placeholders(codes.length)}))))`,
      params: [viewer.userId, ...codes],
    };
  }

  async list(
    viewer: Viewer,
    { search, filter, first, offset }: SavedQueryList,
  ): Promise<{ nodes: SavedQueryRow[]; totalCount: number }> {
    const visible = this.visible(viewer);
    const where = [visible.where];
    const params = [...visible.params];
    if (filter === 'MINE') {
      where.push('q.owner_id = ?');
      params.push(viewer.userId);
    } else if (filter === 'SHARED') {
      where.push('q.owner_id IS DISTINCT FROM ? AND q.example_key IS NULL');
      params.push(viewer.userId);
    } else if (filter === 'EXAMPLES') {
      where.push('q.example_key IS NOT NULL');
    }
    for (const word of foldVietnamese(search ?? '')
      .split(' ')
      .filter(Boolean)) {
      where.push(`q.search_text LIKE ? ESCAPE '\\'`);
      params.push(`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    const from = `FROM saved_query q LEFT JOIN app_user o ON o.id = q.owner_id WHERE ${where.join(' AND ')}`;
    const totalCount = (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n ${from}`, ...params))?.n ?? 0;
    const nodes = await this.sql.all<SavedQueryRow>(
      `SELECT ${COLUMNS} ${from} ORDER BY q.search_text, q.id LIMIT ? OFFSET ?`,
      ...params,
      first,
      offset,
    );
    return { nodes: nodes.map(toRow), totalCount };
  }

  /** A query the viewer may see, or NOT_FOUND (whether it exists elsewhere is not told). */
  async visibleById(viewer: Viewer, id: number): Promise<SavedQueryRow> {
    const visible = this.visible(viewer);
    const row = await this.sql.get<SavedQueryRow>(
      `SELECT ${COLUMNS} FROM saved_query q LEFT JOIN app_user o ON o.id = q.owner_id WHERE q.id = ? AND ${visible.where}`,
      id,
      ...visible.params,
    );
    if (!row)
      throw appError('NOT_FOUND', `Không tìm thấy truy vấn đã lưu ${id}.`, `No saved query ${id} that you can see.`);
    return toRow(row);
  }

  /** Your own query, or FORBIDDEN when you can see it but it is someone else's (copy it instead). */
  private async ownById(viewer: Viewer, id: number): Promise<SavedQueryRow> {
    const row = await this.visibleById(viewer, id);
    if (row.ownerId !== viewer.userId) {
      throw appError(
        'FORBIDDEN',
        'Truy vấn này của người khác (hoặc là ví dụ mẫu): chỉ xem được; hãy sao chép để sửa.',
        "This query is someone else's (or an example): it is read-only; copy it to change it.",
      );
    }
    return row;
  }

  async save(viewer: Viewer, fields: SavedQueryFields, requestId: string | null): Promise<SavedQueryRow> {
    const input = checked(fields);
    return await this.sql.tx(async () => {
      const owned =
        (await this.sql.get<{ n: number }>(`SELECT COUNT(*) AS n FROM saved_query WHERE owner_id = ?`, viewer.userId))
          ?.n ?? 0;
      if (owned >= SAVED_QUERY_LIMITS.perUser) {
        throw appError(
          'BAD_USER_INPUT',
          `Mỗi người lưu được tối đa ${SAVED_QUERY_LIMITS.perUser} truy vấn; hãy xoá bớt.`,
          `You may keep at most ${SAVED_QUERY_LIMITS.perUser} saved queries; delete some first.`,
        );
      }
      const now = new Date().toISOString();
      const insertedId = await this.sql.insert(
        `INSERT INTO saved_query (owner_id, name, description, query, variables, shared, shared_unit_id, search_text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        viewer.userId,
        input.name,
        input.description,
        input.query,
        input.variables,
        input.shared ? 1 : 0,
        input.shared ? viewer.scopeUnitId : null,
        searchText(input.name, input.description),
        now,
        now,
      );
      const row = await this.visibleById(viewer, insertedId);
      await this.audit.record(actorOf(viewer, requestId), [
        {
          action: 'savedQuery.create',
          unitId: viewer.scopeUnitId,
          unitPath: viewer.scopePath,
          field: String(row.id),
          newValue: auditView(row),
        },
      ]);
      return row;
    });
  }

  async update(
    viewer: Viewer,
    id: number,
    patch: Partial<SavedQueryFields>,
    requestId: string | null,
  ): Promise<SavedQueryRow> {
    const changes = checked(patch);
    return await this.sql.tx(async () => {
      const before = await this.ownById(viewer, id);
      const next = {
        ...before,
        ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      } as SavedQueryRow;
      // Sharing again re-reads the owner's scope: a query is shared with where its owner works now.
      const sharedUnitId = next.shared ? (before.shared ? before.sharedUnitId : viewer.scopeUnitId) : null;
      await this.sql.run(
        `UPDATE saved_query SET name = ?, description = ?, query = ?, variables = ?, shared = ?, shared_unit_id = ?, search_text = ?, updated_at = ? WHERE id = ?`,
        next.name,
        next.description,
        next.query,
        next.variables,
        next.shared ? 1 : 0,
        sharedUnitId,
        searchText(next.name, next.description),
        new Date().toISOString(),
        id,
      );
      const after = await this.visibleById(viewer, id);
      await this.audit.record(actorOf(viewer, requestId), [
        {
          action: 'savedQuery.update',
          unitId: viewer.scopeUnitId,
          unitPath: viewer.scopePath,
          field: String(id),
          oldValue: auditView(before),
          newValue: auditView(after),
        },
      ]);
      return after;
    });
  }

  /** Deletes your own query; its audit event keeps the whole of it. */
  async delete(viewer: Viewer, id: number, requestId: string | null): Promise<void> {
    await this.sql.tx(async () => {
      const before = await this.ownById(viewer, id);
      await this.sql.run(`DELETE FROM saved_query WHERE id = ?`, id);
      await this.audit.record(actorOf(viewer, requestId), [
        {
          action: 'savedQuery.delete',
          unitId: viewer.scopeUnitId,
          unitPath: viewer.scopePath,
          field: String(id),
          oldValue: auditView(before),
        },
      ]);
    });
  }

  /** Makes a private copy of any query you can see (a shared one, an example, your own). */
  async copy(viewer: Viewer, id: number, name: string | null, requestId: string | null): Promise<SavedQueryRow> {
    const source = await this.visibleById(viewer, id);
    const copyName = name?.trim() || `${source.name} (bản sao)`.slice(0, SAVED_QUERY_LIMITS.name);
    return await this.save(
      viewer,
      {
        name: copyName,
        description: source.description,
        query: source.query,
        variables: source.variables,
        shared: false,
      },
      requestId,
    );
  }

  /** The seed's examples: owned by nobody, shared with `unitId`, added once each by their key. */
  async insertExample(
    example: { key: string; name: string; description: string; query: string; variables: string | null },
    unitId: number,
  ): Promise<void> {
    const now = new Date().toISOString();
    await this.sql.run(
      `INSERT INTO saved_query (owner_id, name, description, query, variables, shared, shared_unit_id, example_key, search_text, created_at, updated_at)
       VALUES (NULL, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?) ON CONFLICT (example_key) DO NOTHING`,
      example.name,
      example.description,
      example.query,
      example.variables,
      unitId,
      example.key,
      searchText(example.name, example.description),
      now,
      now,
    );
  }
}

function auditView(row: SavedQueryRow) {
  return {
    name: row.name,
    description: row.description,
    query: row.query,
    variables: row.variables,
    shared: row.shared,
  };
}
