/** Bounds of a saved query: a name for the side bar, a description, the text and its variables. */
export const SAVED_QUERY_LIMITS = {
  name: 120,
  description: 2_000,
  query: 50_000,
  variables: 10_000,
  /** Saved queries one user may own. */
  perUser: 500,
} as const;

/** A problem with one field of a saved query, in both languages. */
export interface SavedQueryProblem {
  field: 'name' | 'description' | 'query' | 'variables';
  messageVi: string;
  messageEn: string;
}

export interface SavedQueryText {
  name?: string | null;
  description?: string | null;
  query?: string | null;
  variables?: string | null;
}

/**
 * What is wrong with a saved query's fields (those given: an update may change only some). The
 * text itself is not checked against the schema: a query may be saved half-written, and the
 * schema may change under a saved one.
 */
export function checkSavedQuery(input: SavedQueryText): SavedQueryProblem[] {
  const problems: SavedQueryProblem[] = [];
  const L = SAVED_QUERY_LIMITS;
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if (name.length === 0 || name.length > L.name) {
      problems.push({
        field: 'name',
        messageVi: `Tên dài từ 1 đến ${L.name} ký tự.`,
        messageEn: `A name is 1 to ${L.name} characters long.`,
      });
    }
  }
  if (input.description && input.description.length > L.description) {
    problems.push({
      field: 'description',
      messageVi: `Mô tả dài tối đa ${L.description} ký tự.`,
      messageEn: `A description is at most ${L.description} characters long.`,
    });
  }
  if (input.query !== undefined && input.query !== null) {
    if (input.query.trim().length === 0)
      problems.push({ field: 'query', messageVi: 'Truy vấn không được để trống.', messageEn: 'The query is empty.' });
    else if (input.query.length > L.query) {
      problems.push({
        field: 'query',
        messageVi: `Truy vấn dài tối đa ${L.query} ký tự.`,
        messageEn: `A query is at most ${L.query} characters long.`,
      });
    }
  }
  if (input.variables && input.variables.length > L.variables) {
    problems.push({
      field: 'variables',
      messageVi: `Biến dài tối đa ${L.variables} ký tự.`,
      messageEn: `Variables are at most ${L.variables} characters long.`,
    });
  }
  return problems;
}
