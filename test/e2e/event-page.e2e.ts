import { chinaTime } from '@domain/common/china-time';
import { createEvent, eventInput } from '../support/events';
import { contextAs, screenshot, startE2E, tap, type E2E } from './harness';

const HOUR = 3600_000;

/**
 * Issue 13, the event page a venue QR opens: when it runs is in the header, and
 * 导航到场地 is there whenever there is a venue (on H5, and where no point was
 * picked on the map, it copies the venue's address for a map app).
 */
describe('the event page says when and where (H5)', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('shows the date and time under the title, and 导航到场地 copies the address', async () => {
    const start = Date.now() + 9 * 24 * HOUR;
    const input = eventInput({}, { startAt: start, endAt: start + 2 * HOUR });
    const { eventId } = await createEvent(e2e.host, await e2e.host.signIn('organizer'), input);
    const context = await contextAs(e2e, 'citizen');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await e2e.open(page, `/pages/event/index?id=${eventId}`);

    const when = `时间：${chinaTime(start)} — ${chinaTime(start + 2 * HOUR).slice(11)}`;
    await page.locator('#event-when').getByText(when).waitFor();
    await tap(page.locator('#navigate-venue'));
    await page.getByText('已复制地址，可在地图中搜索导航').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('文化广场（人民路 1 号）');
    await screenshot(page, 'event-page-when-where');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('spans the days of an event whose sessions run on more than one', async () => {
    const first = Date.now() + 10 * 24 * HOUR;
    const second = first + 24 * HOUR;
    const session = (startAt: number, title: string) => ({
      title,
      zone: title,
      startAt,
      endAt: startAt + HOUR,
      capacity: 5,
      waitlistEnabled: false,
    });
    const input = eventInput({ sessions: [session(first, '上午场'), session(second, '次日场')] });
    const { eventId } = await createEvent(e2e.host, await e2e.host.signIn('organizer'), input);
    const page = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(page, `/pages/event/index?id=${eventId}`);
    await page
      .locator('#event-when')
      .getByText(`时间：${chinaTime(first)} — ${chinaTime(second + HOUR)}`)
      .waitFor();
  });
});
