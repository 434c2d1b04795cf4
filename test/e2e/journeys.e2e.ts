import type { BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { chinaDay } from '@domain/common/china-time';
import { nextConsultationDay } from '@domain/common/picked-dates';
import { deadlineRange } from '@domain/reports/rectification';
import { codeAt, HALL, north } from '../support/checkins';
import { answerModal, contextAs, screenshot, startE2E, tap, type E2E } from './harness';

/**
 * Every journey of issue 11 as its people walk it, through the UI only, on one
 * host whose photo check asks for a person's review (MEDIA_CHECK_VERDICT=review),
 * so the 待审核 desk is part of the report journey. The tests run in order and
 * build on each other: the last one reads the 统计表 of everything before it.
 * Nothing here writes to the store or calls an action a page does not call.
 */

/** Taps twice within one frame, as an impatient thumb does. */
async function doubleTap(page: Page, selector: string) {
  const target = page.locator(selector);
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
}

/** A button by its visible text (the NutUI button element, which is what a finger hits). */
const button = (scope: Page | ReturnType<Page['locator']>, text: string) =>
  scope.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${text}\\s*$`) });

const idOf = (page: Page) => new URL(page.url().replace('/#/', '/')).searchParams.get('id') ?? '';

/** A phone that lets the page read its position, at `where`. */
const phoneAt = (e2e: E2E, where: { latitude: number; longitude: number }): Promise<BrowserContext> =>
  contextAs(e2e, 'citizen', { geolocation: { ...where, accuracy: 10 }, permissions: ['geolocation'] });

describe('journeys, first tap to last (H5, 390×844)', () => {
  let e2e: E2E;
  let organizer: Page;
  const state = { eventId: '', sessionId: '', activityId: '', trackingNo: '' };
  /** ms the host's clock runs ahead of the browser's: 6·16 comes round for the door, then the clock goes back. */
  let shift = 0;

  beforeAll(async () => {
    e2e = await startE2E({ env: { MEDIA_CHECK_VERDICT: 'review' }, now: () => Date.now() + shift });
    // The organizer marks a 七进 venue from where they stand (H5 has no map key: the browser's position).
    const atHall = { latitude: HALL.latitude, longitude: HALL.longitude, accuracy: 10 };
    organizer = await (
      await contextAs(e2e, 'organizer', { geolocation: atHall, permissions: ['geolocation'] })
    ).newPage();
  });
  afterAll(() => e2e?.close());

  it('咨询日: organizer creates the event, a citizen signs up (a double tap files once), the organizer checks the ticket in', async () => {
    await e2e.open(organizer, '/packageOrganizer/pages/event-edit/index');
    // A new session starts on the next 6·16, never a past one.
    await organizer.locator('#event-sessions-0-startAt').getByText(nextConsultationDay(Date.now())).waitFor();
    await organizer.fill('#event-title input', '安全宣传咨询日示范点');
    await organizer.fill('#event-venueName input', '示范街道文化广场');
    await organizer.fill('#event-address input', '示范街道人民路 88 号');
    await organizer.fill('#event-sessions-0-title input', '咨询区');
    await organizer.fill('#event-sessions-0-capacity input', '1');
    await tap(organizer.locator('#event-save'));
    await organizer.waitForURL(/event-admin/);
    state.eventId = idOf(organizer);
    expect(state.eventId).not.toBe('');

    const citizen = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(citizen, `/pages/event/index?id=${state.eventId}`);
    // The only session is chosen already.
    await citizen.getByRole('radio', { checked: true }).getByText('咨询区').waitFor();
    await tap(citizen.locator('#signup-submit'));
    // Every field's message at once, under its field.
    await citizen.locator('#signup-form .field-error').getByText('请填写姓名').waitFor();
    await citizen.locator('#signup-form .field-error').getByText('请填写正确的 11 位手机号').waitFor();
    await citizen.locator('#signup-form .field-error').getByText('请阅读并同意隐私保护指引').waitFor();
    await citizen.fill('#signup-name input', '张三');
    await citizen.fill('#signup-phone input', '13800001234');
    // Typed input survives a reload.
    await citizen.reload();
    await expect(citizen.locator('#signup-name input').inputValue()).resolves.toBe('张三');
    await tap(citizen.locator('#signup-consent'));
    await doubleTap(citizen, '#signup-submit');

    // The ticket takes the form's place.
    await citizen.waitForURL(/registrations/);
    const status = citizen.locator('[id^="registration-status-"]');
    await status.getByText('报名成功').waitFor();
    await expect(status.count()).resolves.toBe(1);
    state.sessionId = ((await status.getAttribute('id')) ?? '').replace('registration-status-', '');
    const ticket = (await citizen.locator(`#ticket-code-${state.sessionId}`).innerText()).replace(/^入场票码：/, '');
    await screenshot(citizen, 'journey-signup-ticket');
    // Back the event page shows the sign-up, not a blank form.
    await e2e.open(citizen, `/pages/event/index?id=${state.eventId}`);
    await citizen.getByText('查看入场票').waitFor();
    await expect(citizen.locator('#signup-form').count()).resolves.toBe(0);

    // The session is full now: the next person joins the waitlist, after saying so once more.
    const second = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(second, `/pages/event/index?id=${state.eventId}`);
    await second.fill('#signup-name input', '李四');
    await second.fill('#signup-phone input', '13900005678');
    await tap(second.locator('#signup-consent'));
    await expect(second.locator('#signup-submit').innerText()).resolves.toContain('加入候补');
    await tap(second.locator('#signup-submit'));
    await second.locator('#waitlist-confirm').waitFor();
    await screenshot(second, 'journey-signup-waitlist-confirm');
    await tap(button(second.locator('#waitlist-confirm'), '确认加入候补'));
    await second.waitForURL(/registrations/);
    await second.locator(`#registration-status-${state.sessionId}`).getByText('候补中').waitFor();

    // At the door: the organizer's ticket check-in screen.
    await organizer.reload();
    await organizer
      .locator(`#counts-${state.sessionId}`)
      .getByText(/已报 1\/1 · 候补 1/)
      .waitFor();
    // Before 6·16 the ticket is refused, saying when it is good (China time).
    const day = nextConsultationDay(Date.now());
    await organizer.fill('#checkin-ticket input', ticket);
    await tap(organizer.locator('#checkin-submit'));
    await organizer
      .locator('#checkin-result')
      .getByText(`“咨询区”场次尚未开始签到，签到时间为 ${day} 08:00 至 12:30（北京时间）`)
      .waitFor();
    // On the day, at 08:30 China time at the door.
    shift = Date.parse(`${day}T08:30:00+08:00`) - Date.now();
    await organizer.fill('#checkin-ticket input', ticket);
    await tap(organizer.locator('#checkin-submit'));
    await organizer.locator('#checkin-result').getByText('签到成功：张三（咨询区）').waitFor();
    await screenshot(organizer, 'journey-signup-checkin');
    shift = 0;

    // 编辑活动与场次 → back on the event's page, which shows the new capacity without a reload.
    await tap(button(organizer, '编辑活动与场次'));
    await organizer.waitForURL(/event-edit/);
    // The saved event, not a blank form.
    await organizer.waitForFunction(
      () => document.querySelector<HTMLInputElement>('#event-sessions-0-capacity input')?.value === '1',
    );
    await organizer.fill('#event-sessions-0-capacity input', '2');
    await tap(organizer.locator('#event-save'));
    await organizer.waitForURL(/event-admin/);
    // The second seat went to the waitlist's head.
    await organizer
      .locator(`#counts-${state.sessionId}`)
      .getByText(/已报 2\/2 · 候补 0 · 已签到 1/)
      .waitFor();

    await tap(button(citizen, '查看入场票'));
    await citizen.locator(`#registration-status-${state.sessionId}`).getByText('已签到').waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });

  it('随手拍: report → 待审核 desk → 受理 → 转入整改 → 办结, and the reporter reads every step', async () => {
    const citizenContext = await contextAs(e2e, 'citizen');
    const citizen = await citizenContext.newPage();
    await e2e.open(citizen, '/packageReport/pages/report/index');
    await tap(citizen.locator('#report-no-danger'));
    // One empty submit marks every missing field at once, the category too.
    await tap(citizen.locator('#submit-report'));
    for (const message of [/请选择隐患类别/, /隐患描述至少/, /请填写隐患地址/, /请填写姓名/, /请阅读并同意隐私说明/])
      await citizen.getByText(message).first().waitFor();
    await screenshot(citizen, 'journey-report-empty');

    await tap(citizen.getByText('危化品', { exact: true }));
    await tap(citizen.getByText('违规生产、储存、经营危险化学品'));
    await citizen.fill('#report-description textarea', '仓库门口堆放几十桶稀释剂，旁边有人抽烟');
    const chooser = citizen.waitForEvent('filechooser');
    await tap(citizen.locator('#add-photos'));
    await tap(citizen.locator('#privacy-agree:visible'));
    const photo = await QRCode.toBuffer('hazard', { width: 64 });
    await (await chooser).setFiles([{ name: 'hazard.png', mimeType: 'image/png', buffer: photo }]);
    await citizen.getByText('已上传 1/9 张').waitFor();
    await citizen.fill('#report-address input', '示范街道工业路 8 号仓库');
    // The location error goes as soon as an address is typed.
    await expect(citizen.getByText('请填写隐患地址').count()).resolves.toBe(0);
    await citizen.fill('#report-place input', '某某化工经营部');
    await citizen.fill('#report-name input', '王五');
    await citizen.fill('#report-phone input', '13812345678');
    await tap(citizen.locator('#report-consent'));
    await doubleTap(citizen, '#submit-report');

    await citizen.waitForURL(/report-done/);
    state.trackingNo = (await citizen.locator('#tracking-no').innerText()).trim();
    expect(state.trackingNo).toMatch(/^YH\d{8}-\d{6}$/);
    await expect(citizen.locator('#handling-time').innerText()).resolves.toContain('15 个工作日');
    await citizen.getByText('复制编号').waitFor();
    await citizen.getByText(/拨打 12350/).waitFor();
    await screenshot(citizen, 'journey-report-done');

    const desk = await (await contextAs(e2e, 'handler')).newPage();
    await e2e.open(desk, '/packageHandler/pages/queue/index');
    await desk.getByRole('tab', { name: '待受理' }).waitFor();
    await expect(desk.locator(`#queue-${state.trackingNo}`).count()).resolves.toBe(0);
    await tap(desk.getByRole('tab', { name: '待审核' }));
    await tap(desk.locator(`#queue-${state.trackingNo}`));
    await desk.locator('#review-desk').waitFor();
    await screenshot(desk, 'journey-report-review');
    await tap(button(desk.locator('#review-desk'), '通过'));

    // 转办: the handler sends it to 12345 with a reason (asked first; 再想想 changes nothing).
    await tap(desk.getByRole('radio', { name: '12345 政务服务便民热线' }));
    await tap(desk.locator('#reroute-send'));
    await desk.locator('#reroute-card').getByText('请填写转办理由').waitFor();
    const rerouteReason = '经核实由 12345 派单至城镇燃气主管部门';
    await desk.fill('#reroute-reason textarea', rerouteReason);
    await tap(desk.locator('#reroute-send'));
    await answerModal(desk, '再想想');
    await expect(desk.locator('#handler-status').innerText()).resolves.toBe('已提交');
    await tap(desk.locator('#reroute-send'));
    await answerModal(desk, '确认转办');
    // Back on the queue, it waits in 待受理 under 12345 (the demo handler answers every channel).
    await tap(desk.getByRole('tab', { name: '待受理' }));
    await desk.locator(`#queue-${state.trackingNo}`).getByText(/12345/).waitFor();
    await tap(desk.locator(`#queue-${state.trackingNo}`));
    await desk.locator('#handler-status').getByText('已提交').waitFor();

    const noteBox = desk.locator('#handler-note textarea');
    const deadline = deadlineRange(Date.now()).suggested;
    for (const [verb, label, note] of [
      ['受理', '已受理', '已转应急管理局执法大队核查'],
      ['转入整改', '整改中', '已责令立即清理、限期整改'],
    ]) {
      await desk.fill('#handler-note textarea', note);
      if (verb === '转入整改') {
        // 转入整改 needs a 整改限期: without one it is marked and nothing changes.
        await tap(button(desk, verb));
        await desk.getByText('请选择整改限期', { exact: true }).last().waitFor();
        await expect(desk.locator('#handler-status').innerText()).resolves.toBe('已受理');
        // The form brought the field it marked onto the screen.
        await desk.waitForFunction(
          () =>
            Array.from(document.querySelectorAll('#handler-deadline-pick'))
              .map((el) => el.getBoundingClientRect())
              .some((box) => box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight),
          undefined,
          { timeout: 5_000 },
        );
        // The picker opens a week from today (China time); 确定 takes it.
        await tap(desk.locator('#handler-deadline-pick'));
        // The sheet slides up (300 ms): a tap while it moves lands where 确定 no longer is.
        const confirmPick = desk.locator('.weui-picker__action').filter({ hasText: /^确定$/ });
        await confirmPick.waitFor();
        await desk.waitForTimeout(500);
        await tap(confirmPick);
        // The picker fades out (350 ms) before the page can be tapped again. Pages earlier in
        // the H5 history stay in the document, hidden: only an overlay with a box can cover.
        await desk.waitForFunction(() =>
          Array.from(document.querySelectorAll<HTMLElement>('.weui-picker__overlay')).every(
            (el) => el.style.display === 'none' || el.getClientRects().length === 0,
          ),
        );
        await desk.locator('#handler-deadline-picked').getByText(`限期至 ${deadline}`).waitFor();
      }
      await tap(button(desk, verb));
      await desk
        .locator('#handler-status')
        .getByText(label)
        .waitFor()
        .catch(async (error: Error) => {
          // Say what the page said instead (a field's message, a refusal) rather than only that it timed out.
          throw new Error(`${error.message}\nthe card read: ${await desk.locator('#handler-card').innerText()}`);
        });
      // The note went with its change; the box is empty for the next one.
      await expect(noteBox.inputValue()).resolves.toBe('');
    }
    await expect(desk.locator('#handler-deadline').innerText()).resolves.toBe(`整改限期至 ${deadline}`);

    // The 办结 note is typed first, and a reload (Back, a lost connection) keeps it.
    const closing = '复查合格，隐患已消除';
    await desk.fill('#handler-note textarea', closing);
    await desk.reload();
    await desk.locator('#handler-status').getByText('整改中').waitFor();
    await expect(noteBox.inputValue()).resolves.toBe(closing);

    // Picking a 隐患等级 only selects it: nothing is sent and the 办结 note stays.
    await tap(desk.getByRole('radio', { name: '重大隐患' }));
    await desk.getByRole('radio', { name: '重大隐患', checked: true }).waitFor();
    await expect(desk.locator('#severity-current').innerText()).resolves.toBe('当前：未定级');
    await tap(desk.locator('#severity-save'));
    await desk.locator('#severity-card').getByText('请填写定级说明').waitFor();
    await desk.fill('#severity-note textarea', '涉及危险化学品储存，定为重大隐患');
    await tap(desk.locator('#severity-save'));
    await desk.locator('#severity-current').getByText('当前：重大隐患').waitFor();
    await expect(noteBox.inputValue()).resolves.toBe(closing);
    await expect(desk.locator('#handler-status').innerText()).resolves.toBe('整改中');

    // 整改照片 go with 办结: the handler attaches one. This browser profile has never agreed to the
    // privacy notice, so it is asked first and the picker opens from 同意并继续 (a missing or unanswered
    // notice fails here, by name, not as a picker that never opened).
    await desk.getByText('已上传 0/3 张').waitFor();
    const deskChooser = desk.waitForEvent('filechooser');
    await tap(desk.locator('#handler-photos #add-photos'));
    await tap(desk.locator('#privacy-agree:visible'));
    const fixed = await QRCode.toBuffer('rectified', { width: 64 });
    await (await deskChooser).setFiles([{ name: 'rectified.png', mimeType: 'image/png', buffer: fixed }]);
    await desk.getByText('已上传 1/3 张').waitFor();

    // 办结 cannot be undone: it is asked first, and 再想想 changes nothing.
    await tap(button(desk, '办结'));
    await screenshot(desk, 'journey-report-close-confirm');
    await answerModal(desk, '再想想');
    await expect(desk.locator('#handler-status').innerText()).resolves.toBe('整改中');
    await expect(noteBox.inputValue()).resolves.toBe(closing);
    await tap(button(desk, '办结'));
    await answerModal(desk, '确认办结');
    await desk.locator('#handler-status').getByText('已办结').waitFor();
    // A closed report takes no more input: no empty note box, no level to pick.
    await expect(desk.locator('#handler-note').count()).resolves.toBe(0);
    await expect(desk.locator('#severity-card').count()).resolves.toBe(0);
    await desk
      .getByText(/重大隐患/)
      .first()
      .waitFor();
    // The handler's 处理记录 shows the 整改照片 sent with 办结, as the reporter will see them.
    await desk.locator('.handler__event').filter({ hasText: '→ 已办结' }).locator('img').first().waitFor();
    await screenshot(desk, 'journey-report-closed');
    await desk.goBack();
    await tap(desk.getByRole('tab', { name: '已办结' }));
    await desk.locator(`#queue-${state.trackingNo}`).waitFor();

    await e2e.open(citizen, '/packageReport/pages/my-reports/index');
    const card = citizen.locator(`#my-report-${state.trackingNo}`);
    await card.locator(`#my-status-${state.trackingNo}`).getByText('已办结').waitFor();
    const timeline = await card.innerText();
    for (const text of [
      '已提交',
      '审核通过',
      '已转办至 12345 政务服务便民热线',
      rerouteReason,
      '已受理',
      '整改中',
      `整改限期至 ${deadline}`,
      '已办结',
      '复查合格，隐患已消除',
    ])
      expect(timeline).toContain(text);
    // The 办结 step shows the handler's 整改照片, loaded from storage.
    const closedStep = card.locator('.timeline__entry').filter({ hasText: '已办结' });
    const rectified = closedStep.locator('img').first();
    await rectified.waitFor();
    await citizen.waitForFunction(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
      await rectified.elementHandle(),
    );
    await screenshot(citizen, 'journey-report-timeline');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('七进: a typed code to a geofenced activity asks for the position and checks in; so does a scan; far away is refused', async () => {
    await e2e.open(organizer, '/packageOrganizer/pages/activity-edit/index');
    await tap(organizer.locator('#activity-kind-community'));
    await organizer.fill('#activity-title input', '社区消防疏散演练');
    await organizer.fill('#activity-placeName input', HALL.name);
    await organizer.fill('#activity-address input', HALL.address);
    await tap(organizer.locator('#activity-pick-place'));
    const marked = organizer.getByText('已在地图上标注活动地点');
    const agree = organizer.locator('#privacy-agree:visible');
    // The privacy notice is asked before the first use of the position, if it has not been agreed yet.
    await Promise.race([marked.waitFor(), agree.waitFor().then(() => tap(agree))]);
    await marked.waitFor();
    await organizer.fill('#activity-geofenceMeters input', '300');
    await tap(organizer.locator('#save-activity'));
    await organizer.waitForURL(/activity-live/);
    state.activityId = idOf(organizer);
    const shown = organizer.locator('#live-code');
    await expect(shown.textContent({ timeout: 20_000 })).resolves.toMatch(/^\d{6}$/);

    const typeCode = async (page: Page, name: string) => {
      await e2e.open(page, '/pages/activity/index');
      await page.fill('#checkin-name input', name);
      await page.fill('#checkin-org input', '示范社区居民');
      await page.fill('#checkin-code input', (await shown.textContent()) ?? '');
      await tap(page.locator('#checkin-submit'));
    };

    // Typed: the page cannot know the activity, the function says it needs a position, the page asks and retries.
    const near = await (await phoneAt(e2e, north(20))).newPage();
    await typeCode(near, '张小明');
    await tap(near.locator('#privacy-agree:visible'));
    await near.locator('#checkin-done').getByText('签到成功').waitFor();
    await screenshot(near, 'journey-checkin-typed');

    const far = await (await phoneAt(e2e, north(5_000))).newPage();
    await typeCode(far, '李远');
    await tap(far.locator('#privacy-agree:visible'));
    await far.getByText(/您距离活动地点约 5\.0 公里，需在 300 米范围内签到/).waitFor();
    await expect(far.locator('#checkin-done').count()).resolves.toBe(0);

    // Scanned: the QR opens the page with its scene; the activity is known, the position asked up front.
    const scanned = await (await phoneAt(e2e, north(50))).newPage();
    const { scene } = codeAt(e2e.host, state.activityId);
    await e2e.open(scanned, `/pages/activity/index?scene=${encodeURIComponent(scene)}`);
    await scanned.getByText('签到时需要获取您的位置，用于确认您在活动现场。').waitFor();
    await scanned.fill('#checkin-name input', '赵扫码');
    await scanned.fill('#checkin-org input', '示范社区居民');
    await tap(scanned.locator('#checkin-submit'));
    await tap(scanned.locator('#privacy-agree:visible'));
    await scanned.locator('#checkin-done').getByText('签到成功').waitFor();

    await expect(organizer.locator('#live-count').textContent()).resolves.toBeTruthy();
    await organizer.locator('#live-count').getByText('已签到 2 人').waitFor({ timeout: 10_000 });
    expect(e2e.pageErrors).toEqual([]);
  });

  it('统计表: the numbers are what the journeys above did', async () => {
    const today = chinaDay(Date.now());
    const to = `${nextConsultationDay(Date.now()).slice(0, 4)}-06-30`;
    await e2e.open(organizer, `/packageOrganizer/pages/activity-stats/index?from=${today}&to=${to}`);
    const cells = (id: string) => organizer.locator(`#${id} .stats__cell`).allTextContents();
    await organizer.locator('#stats-community').waitFor();
    // One 进社区 activity, two people in its fence (the far one refused).
    await expect(cells('stats-community')).resolves.toEqual(['进社区', '1', '2']);
    // 咨询日 on the session's date (the next 6·16): our session and the demo event's three; 张三 and the
    // promoted 李四 signed up, 张三 checked in.
    const consultation = await cells('stats-consultation');
    expect(consultation[0]).toContain('报名 2');
    expect(consultation.slice(1)).toEqual(['4', '1']);
    // The one report a 示范街道办事处 handler accepted.
    await expect(cells('stats-hazards')).resolves.toEqual([expect.stringContaining('受理'), '—', '1']);
    await screenshot(organizer, 'journey-stats');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('随手拍 to the fire channel: 96119 reaches the demo handler; 不予受理 says why and is asked first', async () => {
    const citizen = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(citizen, '/packageReport/pages/report/index');
    await tap(citizen.locator('#report-no-danger'));
    await tap(citizen.getByText('电动车充电', { exact: true }));
    await tap(citizen.getByText('入户、楼道充电'));
    await citizen.fill('#report-description textarea', '楼道里每天晚上都有人给电动车充电，插线板从家里拉出来');
    const chooser = citizen.waitForEvent('filechooser');
    await tap(citizen.locator('#add-photos'));
    await tap(citizen.locator('#privacy-agree:visible'));
    const photo = await QRCode.toBuffer('ebike', { width: 64 });
    await (await chooser).setFiles([{ name: 'ebike.png', mimeType: 'image/png', buffer: photo }]);
    await citizen.getByText('已上传 1/9 张').waitFor();
    await citizen.fill('#report-address input', '示范街道幸福小区 3 栋 2 单元');
    await citizen.fill('#report-place input', '幸福小区 3 栋');
    await citizen.fill('#report-name input', '赵六');
    await citizen.fill('#report-phone input', '13912345678');
    await tap(citizen.locator('#report-consent'));
    await tap(citizen.locator('#submit-report'));
    await citizen.waitForURL(/report-done/);
    const trackingNo = (await citizen.locator('#tracking-no').innerText()).trim();
    await citizen.getByText(/拨打 96119/).waitFor();

    // The demo handler (the one 本地开发登录 signs in as) works the fire channel too: review, then intake.
    const desk = await (await contextAs(e2e, 'handler')).newPage();
    await e2e.open(desk, '/packageHandler/pages/queue/index');
    await tap(desk.getByRole('tab', { name: '待审核' }));
    await tap(desk.locator(`#queue-${trackingNo}`));
    await tap(button(desk.locator('#review-desk'), '通过'));
    await desk.locator('#handler-status').getByText('已提交').waitFor();
    await desk.goBack();
    await tap(desk.getByRole('tab', { name: '待受理' }));
    await desk.locator(`#queue-${trackingNo}`).getByText(/96119/).waitFor();
    await tap(desk.locator(`#queue-${trackingNo}`));

    // 受理 comes first: the reasons appear only once 不予受理 is tapped, which without one is
    // marked under them, before anything is asked or sent.
    await desk.locator('#to-accepted').getByText('受理').waitFor();
    await expect(desk.getByRole('radio', { name: '已由有关部门依法处理完毕' }).count()).resolves.toBe(0);
    await desk.fill('#handler-note textarea', '已由街道消防站当场劝导整改');
    await tap(button(desk, '不予受理'));
    await desk.locator('#handler-card').getByText('请选择不予受理的理由').waitFor();
    await tap(desk.getByRole('radio', { name: '已由有关部门依法处理完毕' }));
    await tap(button(desk, '不予受理'));
    await answerModal(desk, '再想想');
    await expect(desk.locator('#handler-status').innerText()).resolves.toBe('已提交');
    await tap(button(desk, '不予受理'));
    await screenshot(desk, 'journey-fire-reject-confirm');
    await answerModal(desk, '确认');
    await desk.locator('#handler-status').getByText('不予受理').waitFor();
    await expect(desk.locator('#handler-note').count()).resolves.toBe(0);

    await e2e.open(citizen, '/packageReport/pages/my-reports/index');
    const card = citizen.locator(`#my-report-${trackingNo}`);
    await card.locator(`#my-status-${trackingNo}`).getByText('不予受理').waitFor();
    await expect(card.innerText()).resolves.toContain('已由有关部门依法处理完毕');
    expect(e2e.pageErrors).toEqual([]);
  });
});
