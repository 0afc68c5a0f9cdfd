// The soak's people: officials (one commune each) and analysts, created by the administrator
// through the API as the console does it, then logged in like anyone else (one session each).
import { CREATE_USER, LOGIN } from './queries.mjs';
import { eachLimited, gql, must, sessionCookie } from './client.mjs';
import { spread } from './world.mjs';

/** Who to create: officials on the chosen communes; analysts half at the root, half one level down. */
export function planUsers(world, analysts) {
  const below = world.root.level === 'COUNTRY' ? world.provinces : world.districts;
  const lower = spread(below, Math.floor(analysts / 2));
  return [
    ...world.communes.map((c) => ({
      username: `soak-official-${c.code}`,
      role: 'OFFICIAL',
      scope: c.code,
      scopePath: c.path,
      commune: c,
    })),
    ...Array.from({ length: analysts }, (_, i) => {
      const unit = i % 2 === 1 && lower.length > 0 ? lower[Math.floor(i / 2) % lower.length] : world.root;
      return { username: `soak-analyst-${i + 1}`, role: 'ANALYST', scope: unit.code, scopePath: unit.path };
    }),
  ];
}

async function login(url, username, password) {
  const answer = await gql(url, LOGIN, { username, password });
  must(answer, `login of ${username}`);
  return sessionCookie(answer);
}

/** Creates every user through createUser and logs each in; returns them with their cookies. */
export async function createUsers(url, { admin, password, users }) {
  const adminCookie = await login(url, admin, password);
  // Password hashing runs on the server's thread pool: a few at a time keeps it busy, not flooded.
  await eachLimited(users, 4, async (u) => {
    must(
      await gql(
        url,
        CREATE_USER,
        { input: { username: u.username, password, role: u.role, scope: u.scope } },
        adminCookie,
      ),
      `createUser ${u.username}`,
    );
  });
  const cookies = await eachLimited(users, 4, (u) => login(url, u.username, password));
  return { adminCookie, users: users.map((u, i) => ({ ...u, cookie: cookies[i] })) };
}
