import { DEV_USERS } from '../../cloud/adapters/local/runtime';
import { north } from '../support/checkins';
import { createCloudBridge, type CloudBridge } from './cloud-bridge';
import { bootMiniProgram, type OpenedPage, type WxCall } from './mini-program';

/** The demo 进社区 activity: 2026-06-16 09:00–11:30 China time, a 300 m 签到范围 round its hall. */
const ACTIVITY = 'demo-shequ';
const LIVE_SCREEN = 'packageOrganizer/pages/activity-live/index';

const checkInCalls = (calls: WxCall[]) =>
  calls
    .filter((c) => c.api === 'cloud.callFunction')
    .map((c) => (c.options.data as { action: string; payload: Record<string, unknown> }).payload);

/**
 * 七进签到 in the compiled weapp build with a typed 6-digit code: the page cannot
 * know the activity behind the code, so it sends without a position; the checkins
 * function answers that this activity needs one; the page asks the phone
 * (wx.getLocation) and sends again. The organizer's live screen, also in the
 * weapp build, shows the code and then the person's row.
 */
describe('weapp 七进 check-in (dist/weapp under miniprogram-simulate)', () => {
  let cloud: CloudBridge | undefined;
  let phone: ReturnType<typeof bootMiniProgram> | undefined;
  const open: OpenedPage[] = [];

  beforeAll(async () => {
    // 10:00 China time on 16 June 2026, an hour into the activity.
    cloud = await createCloudBridge({ openid: DEV_USERS.organizer, now: Date.UTC(2026, 5, 16, 2) });
    phone = bootMiniProgram(cloud);
  });

  afterEach(() => {
    for (const page of open.splice(0)) page.close();
  });
  afterAll(() => cloud?.close());

  /** `route` as `openid` sees it; one person at a time, as on one phone. */
  async function openAs(openid: string, route: string, query?: Record<string, string>): Promise<OpenedPage> {
    if (!phone || !cloud) throw new Error('the mini-program did not boot; see the beforeAll error above');
    for (const page of open.splice(0)) page.close();
    cloud.signIn(openid);
    const page = await phone.openPage(route, query);
    open.push(page);
    return page;
  }

  /** The code on the organizer's live screen right now. */
  async function liveCode(): Promise<string> {
    const screen = await openAs(DEV_USERS.organizer, LIVE_SCREEN, { id: ACTIVITY });
    const code = screen.text('#live-code');
    expect(code).toMatch(/^\d{6}$/);
    return code;
  }

  /** A participant standing at `where` types the code and taps 签到; answers the calls the tap made. */
  async function typeCode(openid: string, name: string, code: string, where: { latitude: number; longitude: number }) {
    phone!.device.answer('getLocation', () => ({ ...where, accuracy: 15 }));
    const page = await openAs(openid, 'pages/activity/index');
    expect(page.text('.section-title')).toBe('输入现场签到码');
    await page.type('#checkin-name', name);
    await page.type('#checkin-org', '示范社区居民');
    await page.type('#checkin-code', code);
    return { page, calls: await page.tap('#checkin-submit') };
  }

  it('a typed code to a geofenced activity asks for the position, checks in, and the live screen lists the person', async () => {
    const code = await liveCode();
    const near = north(20);
    const { page, calls } = await typeCode('weapp-participant-1', '张小明', code, near);

    // Sent without a position, told one is needed, asked the phone, sent again with it.
    expect(calls.filter((c) => c.api === 'cloud.callFunction' || c.api === 'getLocation').map((c) => c.api)).toEqual([
      'cloud.callFunction',
      'getLocation',
      'cloud.callFunction',
    ]);
    expect(calls.find((c) => c.api === 'getLocation')?.options).toEqual({ type: 'wgs84' });
    const [first, second] = checkInCalls(calls);
    expect(first).toEqual({ name: '张小明', org: '示范社区居民', code });
    expect(second).toEqual({ name: '张小明', org: '示范社区居民', code, location: { ...near, accuracy: 15 } });

    // The function's answer, on screen: the attendance row it wrote.
    expect(page.text('#checkin-done')).toBe('签到成功张小明 · 示范社区居民 · 2026-06-16 10:00');
    // Offered again at the next check-in (src/services/personal-storage.ts).
    expect(phone!.device.storage.get('checkin:profile')).toEqual({ name: '张小明', org: '示范社区居民' });

    const screen = await openAs(DEV_USERS.organizer, LIVE_SCREEN, { id: ACTIVITY });
    expect(screen.text('#live-count')).toBe('已签到 1 人 / 预计 80 人');
    expect(screen.texts('#live-list .live__name')).toEqual(['张小明']);
  });

  it('far from the venue the typed code is refused with the distance, and no row is written', async () => {
    const code = await liveCode();
    const { page } = await typeCode('weapp-participant-2', '李远', code, north(5_000));

    expect(page.find('.field-error').dom?.textContent).toMatch(/您距离活动地点约 5\.0 公里，需在 300 米范围内签到/);
    expect(page.texts('#checkin-done')).toEqual([]);
    const screen = await openAs(DEV_USERS.organizer, LIVE_SCREEN, { id: ACTIVITY });
    expect(screen.texts('#live-list .live__name')).not.toContain('李远');
  });
});
