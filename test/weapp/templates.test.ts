import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_USERS } from '../../cloud/adapters/local/runtime';
import { PNG_1PX, reportPayload } from '../support/reports';
import { createCloudBridge, type CloudBridge } from './cloud-bridge';
import { bootMiniProgram, WEAPP_DIST, type OpenedPage } from './mini-program';

const CITIZEN = 'weapp-templates-citizen';
/** Where the camera leaves the 整改照片 on the phone. */
const RECTIFIED_PHOTO = 'wxfile://tmp/rectified.png';

/** How each page of the app is opened: who is looking and the query a link or a code gives it. */
const OPENINGS: Record<string, { as?: string; query?: Record<string, string> }> = {
  'pages/home/index': {},
  'pages/articles/index': {},
  'pages/me/index': {},
  'pages/themes/index': {},
  'pages/outreach/index': {},
  'pages/article/index': { query: { id: 'ebike-charging' } },
  'pages/privacy/index': {},
  'pages/my-data/index': {},
  'packageReport/pages/report/index': {},
  'packageReport/pages/my-reports/index': {},
  'packageReport/pages/report-done/index': { query: { id: 'no-such-report' } },
  'pages/activity/index': {},
  'pages/my-checkins/index': {},
  'pages/event/index': { query: { id: 'demo616' } },
  'pages/events/index': {},
  'pages/registrations/index': {},
  'packageOrganizer/pages/article-edit/index': { as: DEV_USERS.organizer, query: { id: 'ebike-charging' } },
  'packageOrganizer/pages/activities/index': { as: DEV_USERS.organizer },
  'packageOrganizer/pages/activity-edit/index': { as: DEV_USERS.organizer, query: { id: 'demo-shequ' } },
  'packageOrganizer/pages/activity-live/index': { as: DEV_USERS.organizer, query: { id: 'demo-shequ' } },
  'packageOrganizer/pages/activity-stats/index': { as: DEV_USERS.organizer },
  'packageOrganizer/pages/event-edit/index': { as: DEV_USERS.organizer, query: { id: 'demo616' } },
  'packageOrganizer/pages/event-admin/index': { as: DEV_USERS.organizer, query: { id: 'demo616' } },
  'packageOrganizer/pages/quiz-admin/index': { as: DEV_USERS.organizer },
  'packageOrganizer/pages/quiz-question/index': { as: DEV_USERS.organizer },
  'packageOrganizer/pages/event-poster/index': { as: DEV_USERS.organizer, query: { id: 'demo616' } },
  'packageOrganizer/pages/theme-edit/index': { as: DEV_USERS.organizer },
  'packageQuiz/pages/quiz/index': {},
  'packageHandler/pages/queue/index': { as: DEV_USERS.handler },
  'packageHandler/pages/report/index': { as: DEV_USERS.handler, query: { id: 'no-such-report' } },
  'packageHandler/pages/overview/index': { as: DEV_USERS.handler },
  'packageAdmin/pages/invites/index': { as: DEV_USERS.admin },
  'packageAdmin/pages/roles/index': { as: DEV_USERS.admin },
  'packageAdmin/pages/invite/index': {},
};

/** Every page the compiled app.json registers, main package and subpackages. */
function builtPages(): string[] {
  const app = JSON.parse(readFileSync(join(WEAPP_DIST, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

/**
 * Taro's weapp build renders each element through a template in base.wxml named
 * after its tag; an element without one (NutUI's `<i>` icons, the busy button's
 * spinner) renders nothing on the phone and only the WXML runtime says so
 * ("Template `tmpl_0_i` not found"). Every page of the app, and the busy state of
 * a button, must render without such a warning.
 */
describe('weapp: every element the app renders has a weapp template', () => {
  let cloud: CloudBridge | undefined;
  let phone: ReturnType<typeof bootMiniProgram> | undefined;
  const open: OpenedPage[] = [];

  beforeAll(async () => {
    // 10:00 China time on 16 June 2026: the consultation day, the 七进 activity under way.
    cloud = await createCloudBridge({ openid: CITIZEN, now: Date.UTC(2026, 5, 16, 2) });
    phone = bootMiniProgram(cloud);
  });
  afterEach(() => {
    for (const page of open.splice(0)) page.close();
  });
  afterAll(() => cloud?.close());

  async function openAs(route: string): Promise<{ page: OpenedPage; warnings: string[] }> {
    if (!phone || !cloud) throw new Error('the mini-program did not boot; see the beforeAll error above');
    const { as = CITIZEN, query } = OPENINGS[route] ?? {};
    cloud.signIn(as);
    const from = phone.device.renderWarnings.length;
    const page = await phone.openPage(route, query);
    open.push(page);
    return { page, warnings: phone.device.renderWarnings.slice(from) };
  }

  it('knows how to open every page of app.json', () => {
    expect(Object.keys(OPENINGS).sort()).toEqual(builtPages().sort());
  });

  it.each(Object.keys(OPENINGS))('%s renders without a missing template', async (route) => {
    const { page, warnings } = await openAs(route);
    // The page opened (something is on screen), and every element of it has a template.
    expect(page.root.dom?.textContent?.trim()).not.toBe('');
    expect(warnings).toEqual([]);
  });

  it("the handler's 整改照片 picker, with a photo and its remove mark, renders without a missing template", async () => {
    // A report filed, released and accepted through the functions, as the reporter's and the handler's pages do.
    const call = async (action: string, payload: Record<string, unknown>) => {
      const { result } = await cloud!.call({ name: 'reports', data: { action, payload } });
      const envelope = result as { ok: boolean; data: Record<string, unknown>; error?: { message: string } };
      if (!envelope.ok) throw new Error(`reports.${action}: ${envelope.error?.message}`);
      return envelope.data;
    };
    cloud!.signIn(CITIZEN);
    const clientKey = 'weapp-templates-rectified';
    const { folder } = (await call('photoTicket', { clientKey })) as { folder: string };
    const { fileID } = await cloud!.upload({ cloudPath: `${folder}0.png`, bytes: Buffer.from(PNG_1PX, 'base64') });
    const report = await call('submit', reportPayload(clientKey, [fileID], { seenAt: cloud!.now - 3600_000 }));
    cloud!.signIn(DEV_USERS.handler);
    // The photo check's verdict comes later on the platform: the 待审核 desk's 通过 releases it now.
    await call('moderate', { id: report._id, decision: 'pass', note: '照片无违规内容' });
    await call('transition', { id: report._id, to: 'accepted', note: '已受理' });

    phone!.device.files.set(RECTIFIED_PHOTO, Buffer.from(PNG_1PX, 'base64'));
    phone!.device.answer('chooseMedia', () => ({
      type: 'image',
      tempFiles: [{ tempFilePath: RECTIFIED_PHOTO, size: 68, fileType: 'image' }],
    }));
    const from = phone!.device.renderWarnings.length;
    const opened = await phone!.openPage('packageHandler/pages/report/index', { id: String(report._id) });
    open.push(opened);
    expect(opened.text('#handler-photos #photo-count')).toBe('已上传 0/3 张');
    await opened.tap('#handler-photos #add-photos');
    expect(opened.text('#handler-photos #photo-count')).toBe('已上传 1/3 张');
    expect(opened.find('#handler-photos .photos__image').dom).toBeDefined();
    expect(opened.find('#handler-photos .photos__remove').dom).toBeDefined();
    expect(phone!.device.renderWarnings.slice(from)).toEqual([]);
  });

  it("a busy button's spinner renders as an element with the icon's class and its mask", async () => {
    const { page } = await openAs('packageOrganizer/pages/activity-stats/index');
    // The export call is held open, so the button stays busy while we look at it.
    let release: (value: unknown) => void = () => undefined;
    phone!.device.answer('cloud.callFunction', () => new Promise((resolve) => (release = resolve)));
    const from = phone!.device.renderWarnings.length;
    await page.tap('#export-stats');
    const spinner = page.find('#export-stats .nut-icon-loading');
    expect(spinner.dom?.className).toContain('nut-icon-Loading');
    expect(spinner.dom?.getAttribute('style') ?? '').toMatch(/mask:\s*url\('data:image\/svg\+xml;base64,/);
    expect(phone!.device.renderWarnings.slice(from)).toEqual([]);
    release({ result: { ok: false, error: { code: 'network', message: '网络异常' } } });
    await page.settle();
  });
});
