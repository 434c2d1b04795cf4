import { encodeScene } from '@domain/events/rules';
import { createCloudBridge, type CloudBridge } from './cloud-bridge';
import { bootMiniProgram, type Device, type OpenedPage, type WxCall } from './mini-program';

/** The subscribe templates the events function hands the page (waitlist promotion, reminder). */
const TEMPLATES = { TEMPLATE_WAITLIST_PROMOTED: 'tmpl-promoted', TEMPLATE_SESSION_REMINDER: 'tmpl-reminder' };
/** The storage key the form keeps its draft under (src/services/personal-storage.ts). */
const SIGN_UP_DRAFT = 'draft:signup';
/** What the venue's 小程序码 opens the page with: the demo event's scene, URL-encoded as WeChat hands it over. */
const VENUE_CODE = { scene: encodeURIComponent(encodeScene('demo616') ?? '') };

const signUps = (calls: WxCall[]) =>
  calls.filter((c) => c.api === 'cloud.callFunction' && (c.options.data as { action?: string }).action === 'signUp');

/**
 * 咨询日报名 in the compiled weapp build: the venue code opens the event page, the
 * person fills the form through the rendered WXML, and 提交报名 asks for the
 * subscribe messages before anything else (WeChat shows that prompt only straight
 * from a tap), signs up with the real events function, and puts the ticket in the
 * form's place.
 */
describe('weapp 咨询日 sign-up (dist/weapp under miniprogram-simulate)', () => {
  let cloud: CloudBridge | undefined;
  let phone: ReturnType<typeof bootMiniProgram> | undefined;
  const open: OpenedPage[] = [];

  beforeAll(async () => {
    // A week before the 6·16 the demo event is dated on: every session still takes sign-ups.
    cloud = await createCloudBridge({ openid: 'weapp-citizen-1', now: Date.UTC(2026, 5, 10), env: TEMPLATES });
    phone = bootMiniProgram(cloud);
  });

  afterEach(() => {
    for (const page of open.splice(0)) page.close();
  });
  afterAll(() => cloud?.close());

  /** The event page as `openid` opens it from the venue code. */
  async function openEvent(
    openid = 'weapp-citizen-1',
  ): Promise<{ page: OpenedPage; device: Device; bridge: CloudBridge }> {
    if (!phone || !cloud) throw new Error('the mini-program did not boot; see the beforeAll error above');
    cloud.signIn(openid);
    // The person allows both messages in the prompt (a test may answer otherwise).
    phone.device.answer('requestSubscribeMessage', ({ tmplIds }) =>
      Object.fromEntries((tmplIds as string[]).map((id) => [id, 'accept'])),
    );
    const page = await phone.openPage('pages/event/index', VENUE_CODE);
    open.push(page);
    return { page, device: phone.device, bridge: cloud };
  }

  async function fill(page: OpenedPage, name: string, phoneNumber: string): Promise<void> {
    await page.tap('.event-chip', '安全主题文艺表演');
    await page.type('#signup-name', name);
    await page.type('#signup-phone', phoneNumber);
    await page.tap('#signup-consent');
  }

  it('opens the event from its venue code with every session and its seats', async () => {
    const { page } = await openEvent();
    expect(page.text('#event-title')).toBe('2026年“安全宣传咨询日”示范街道主会场');
    expect(page.texts('.event-chip')).toEqual([
      '安全生产咨询 · 咨询区2026-06-16 09:00–11:30剩余 200 / 200 个名额',
      '安全防护设备体验 · 互动体验区2026-06-16 09:30–11:30剩余 60 / 60 个名额',
      '安全主题文艺表演 · 主舞台2026-06-16 14:30–16:00剩余 300 / 300 个名额',
    ]);
    expect(page.text('#signup-submit')).toBe('提交报名');
  });

  it('an empty 提交报名 marks every missing field at once, scrolls to the first and sends nothing', async () => {
    const { page } = await openEvent();
    const calls = await page.tap('#signup-submit');
    expect(page.texts('#signup-form .field-error')).toEqual([
      '请选择场次',
      '请填写姓名',
      '请填写正确的 11 位手机号',
      '请阅读并同意隐私保护指引',
    ]);
    // No prompt and no call: only the scroll to the first field with an error.
    expect(calls).toEqual([{ api: 'pageScrollTo', options: { selector: '#signup-sessions', duration: 200 } }]);
  });

  it('提交报名 asks for the subscribe messages first, signs up with the events function and opens the ticket', async () => {
    const { page, device, bridge } = await openEvent();
    await fill(page, '张三', '13800001234');
    // Kept on the phone while it is typed, gone once sent.
    expect(device.storage.get(SIGN_UP_DRAFT)).toMatchObject({ name: '张三', phone: '13800001234' });
    const calls = await page.tap('#signup-submit');
    expect(device.storage.has(SIGN_UP_DRAFT)).toBe(false);

    // The tap's first device call is the prompt, with the templates fetched when the page opened.
    expect(calls[0]).toEqual({
      api: 'requestSubscribeMessage',
      options: { tmplIds: ['tmpl-promoted', 'tmpl-reminder'], entityIds: [] },
    });
    expect(calls.findIndex((c) => c.api === 'cloud.callFunction')).toBeGreaterThan(0);
    expect(signUps(calls).map((c) => c.options)).toEqual([
      {
        name: 'events',
        data: {
          action: 'signUp',
          payload: { sessionId: 'demo616-show', name: '张三', phone: '13800001234', headcount: 1, consent: true },
        },
      },
    ]);
    // The ticket takes the form's place, so Back never returns to a sent form.
    expect(device.navigations().slice(-1)).toEqual([
      { api: 'redirectTo', route: 'pages/registrations/index', query: {} },
    ]);

    const ticket = await phone!.openPage('pages/registrations/index');
    open.push(ticket);
    expect(ticket.text('#registration-demo616-show')).toContain('安全主题文艺表演');
    expect(ticket.text('#registration-status-demo616-show')).toBe('报名成功');
    expect(ticket.text('#ticket-code-demo616-show')).toMatch(/\S/);
    expect(bridge.calls.filter((c) => (c.data as { action?: string }).action === 'signUp')).toHaveLength(1);
  });

  it('a double tap on 提交报名 signs up once and opens the ticket once, even when the prompt is declined', async () => {
    const { page, device } = await openEvent('weapp-citizen-2');
    device.answer('requestSubscribeMessage', () => {
      throw new Error('User denied');
    });
    await fill(page, '李四', '13900005678');
    const before = device.navigations().length;
    const calls = await page.doubleTap('#signup-submit');

    expect(calls.filter((c) => c.api === 'requestSubscribeMessage')).toHaveLength(1);
    expect(signUps(calls)).toHaveLength(1);
    expect(device.navigations().slice(before)).toEqual([
      { api: 'redirectTo', route: 'pages/registrations/index', query: {} },
    ]);
  });
});
