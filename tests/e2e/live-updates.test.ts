import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { editor, graphqlInPage, logIn, openConsole, runCommand, shot, textOf, waitForText } from './console-helpers';
import { useConsole } from './use-console';

const RECORD = `mutation($input: RecordTalliesInput!) { recordTallies(input: $input) { saved } }`;

/** The official records a hamlet's day of DDDT-2023, as the report editor would save it. */
async function recordDay(
  official: Page,
  unit: string,
  counts: { collected: number; activated: number },
  expected?: { collected: number; activated: number },
): Promise<void> {
  const answer = await graphqlInPage(official, RECORD, {
    input: { campaign: 'DDDT-2023', date: '2023-11-15', reports: [{ unit, ...counts, expected }] },
  });
  expect(JSON.stringify(answer)).toContain('"saved":1');
}

/** The unit editor's collected count, under its rate ("95.549"). */
function collected(page: Page) {
  return editor(page).root.getByTestId('kpi-collected').locator('.kpi-sub');
}

async function countOf(page: Page): Promise<number> {
  return Number((await textOf(collected(page))).replace(/\D/g, ''));
}

/** Waits until the unit editor's collected count is `count`; returns how long that took (ms). */
async function timeUntilCollected(page: Page, count: number, since: number): Promise<number> {
  await waitForText(collected(page), count.toLocaleString('vi-VN'));
  return Date.now() - since;
}

/** Counts the page's dataVersion polls from now on. */
function countPolls(page: Page): { count: () => number } {
  let polls = 0;
  page.on('request', (request) => {
    if (request.postData()?.includes('dataVersion')) polls += 1;
  });
  return { count: () => polls };
}

async function openBaTri(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: /Huyện Ba Tri/ }).click();
  await waitForText(editor(page).title, 'Huyện Ba Tri');
  await editor(page).root.getByTestId('kpi-collected').waitFor();
}

/** Another browser of its own (cookies apart); with `refused`, its live sockets are refused and counted. */
async function secondConsole(browser: Browser, url: string, refused?: { sockets: number }): Promise<Page> {
  if (!refused) return (await openConsole(browser, url)).page;
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  // As a proxy that does not pass WebSocket upgrades on: every socket at /graphql is closed at once.
  await page.routeWebSocket('**/graphql', (socket) => {
    refused.sockets += 1;
    void socket.close();
  });
  await page.goto(url);
  return page;
}

/**
 * A day saved by a commune shows on the district's screen as soon as the server pushes the notice
 * over the live socket, with no dataVersion poll; without the socket the console polls again, and
 * the status bar says which.
 */
describe('console: changes pushed live, polling without the socket', () => {
  const { page: admin, errors, session } = useConsole({ login: 'admin' });
  let official: Page;
  let hamlet: string;
  let officialSocket: Promise<void> | undefined;

  it('says the updates are live once signed in', async () => {
    await waitForText(admin.getByTestId('status-connection'), 'Cập nhật trực tiếp');
    await openBaTri(admin);
    official = await secondConsole(session.browser, session.server.url);
    official.on('websocket', (socket) => {
      officialSocket = new Promise((resolve) => socket.on('close', () => resolve()));
    });
    await logIn(official, 'official');
    hamlet = (await official.locator('[role="treeitem"][aria-level="2"]').first().getAttribute('data-code')) ?? '';
    expect(hamlet).not.toBe('');
    await shot(admin, '97-live-status');
  });

  it("shows the official's saved day on the district within a second, with no poll", async () => {
    const before = await countOf(admin);
    const polls = countPolls(admin);
    const start = Date.now();
    // The hamlet had 757 collected before this day (as official.test.ts shows): 43 more.
    await recordDay(official, hamlet, { collected: 800, activated: 650 });
    const elapsed = await timeUntilCollected(admin, before + 43, start);
    console.log(`live: the district showed the saved day after ${elapsed} ms, ${polls.count()} dataVersion polls`);
    expect(elapsed).toBeLessThan(1_000);
    // A few seconds more: no poll either while the socket stays connected (they came every 3 s).
    await admin.waitForTimeout(3_500);
    expect(polls.count()).toBe(0);
    await shot(admin, '98-live-after-push');
  });

  it('polls every 3 s when the socket is refused, says so, and still shows a change', async () => {
    const refused = { sockets: 0 };
    const polled = await secondConsole(session.browser, session.server.url, refused);
    await logIn(polled, 'admin');
    const status = polled.getByTestId('status-connection');
    await waitForText(status, 'Cập nhật: định kỳ 3 giây (không có kết nối trực tiếp)');
    await openBaTri(polled);
    const before = await countOf(polled);
    const polls = countPolls(polled);
    const start = Date.now();
    await recordDay(official, hamlet, { collected: 850, activated: 650 }, { collected: 800, activated: 650 });
    const elapsed = await timeUntilCollected(polled, before + 50, start);
    console.log(`polling: the district showed the saved day after ${elapsed} ms, ${polls.count()} dataVersion polls`);
    expect(elapsed).toBeLessThan(5_000);
    expect(polls.count()).toBeGreaterThan(0);
    // The live console saw it too, pushed.
    await timeUntilCollected(admin, before + 50, start);
    expect(await textOf(status)).toContain('không có kết nối trực tiếp');
    await shot(polled, '99-polling-status');
    // It keeps trying the socket, backing off (1 s, 2 s, 4 s... plus up to a second each).
    console.log(
      `polling: ${refused.sockets} sockets tried since the page opened (${Date.now() - start} ms after the save)`,
    );
    expect(refused.sockets).toBeGreaterThan(1);
    expect(refused.sockets).toBeLessThan(8);
    await polled.context().close();
  });

  it("closes the official's socket when they sign out", async () => {
    expect(officialSocket).toBeDefined();
    await runCommand(official, 'dang xuat', /Đăng xuất/);
    await official.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await officialSocket;
    await official.context().close();
  });

  it('meets the end of its session when it is signed out elsewhere, though it no longer polls', async () => {
    const start = Date.now();
    // Another tab of the admin signs out: the server closes this console's socket (4401) at its next
    // session check (every 10 s); the poll that resumes is refused, and the login screen says why.
    await graphqlInPage(admin, 'mutation { logout }');
    await waitForText(admin.locator('body'), 'Phiên đăng nhập đã hết', 20_000);
    console.log(`live: signed out elsewhere, the login screen showed after ${Date.now() - start} ms`);
    await shot(admin, '100-live-session-ended');
    expect(errors).toEqual([]);
  });
});
