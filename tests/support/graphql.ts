/** A GraphQL client over real HTTP that keeps its session cookie, like a browser would. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
  /** The response's own extensions (the cost estimate: `{ cost: { estimated, limit } }`). */
  extensions?: Record<string, unknown>;
  headers: Headers;
}

export class ApiClient {
  private cookie: string | null = null;

  /** `at` is the server's URL, or the server itself when it starts later (useServer): its URL is read at each request. */
  constructor(private readonly at: string | { readonly url: string }) {}

  get url(): string {
    return typeof this.at === 'string' ? this.at : this.at.url;
  }

  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { ...body, status: res.status, headers: res.headers };
  }

  /** The data of a query that must succeed; throws with the errors otherwise. */
  async data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async login(username: string, password = 'demo'): Promise<this> {
    await this.data(`mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { username } }`, {
      u: username,
      p: password,
    });
    return this;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }
}

/** The codes of a response's errors, in order. */
export function errorCodes(res: GraphQLResponse): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}
