/**
 * Issue 12 in the H5 build: the emergency answer and its "not happening now"
 * confirmation, a printed link code opened the way WeChat opens it (`q`), and
 * a garbage code that says 二维码无效 and leads home.
 */
import { nextConsultationDay } from '@domain/common/picked-dates';
import QRCode from 'qrcode';
import type { HazardReport } from '@domain/reports/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { contextAs, startE2E, type E2E } from './harness';

describe('hostile and everyday inputs in the H5 build', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('emergency wording is answered with call-now, and filed only after 不是正在发生，继续提交', async () => {
    const citizen = await contextAs(e2e, 'citizen');
    const page = await citizen.newPage();
    await e2e.open(page, '/packageReport/pages/report/index');
    await page.getByText('否，我要报告隐患').click();
    await page.getByText('危化品', { exact: true }).click();
    await page.getByText('违规生产、储存、经营危险化学品').click();
    await page.fill('#report-description textarea', '昨晚仓库门口的稀释剂着火了，现在已扑灭，仓库里还堆着几十桶');
    const chooser = page.waitForEvent('filechooser');
    await page.click('#add-photos');
    await page.click('#privacy-agree');
    const buffer = await QRCode.toBuffer('fire', { width: 64 });
    await (await chooser).setFiles([{ name: 'fire.png', mimeType: 'image/png', buffer }]);
    await page.getByText('已上传 1/9 张').waitFor();
    await page.fill('#report-address input', '示范街道工业路 8 号仓库');
    await page.fill('#report-place input', '某某化工经营部');
    await page.fill('#report-name input', '张三');
    await page.fill('#report-phone input', '13812345678');
    await page.click('#report-consent');
    await page.click('#submit-report');

    // The server's answer: call now, with the numbers, and nothing filed.
    await page.getByText('请立即拨打电话求助').waitFor();
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('119（火警）');
    for (const n of ['119', '110', '120']) await page.locator(`#call-${n}`).waitFor();
    expect(await e2e.host.host.runtime.store.count(COLLECTIONS.hazardReports, {})).toBe(0);

    await page.getByText('不是正在发生，继续提交').click();
    await page.locator('#tracking-no').waitFor();
    const trackingNo = (await page.locator('#tracking-no').innerText()).trim();
    const [stored] = await e2e.host.host.runtime.store.find<HazardReport>(COLLECTIONS.hazardReports, {});
    expect(stored).toMatchObject({ trackingNo, notHappeningNow: { wording: '着火了' } });

    // The photo verdict arrives (on CloudBase, the media-check push), then the handler sees the confirmation.
    const admin = await e2e.host.signIn('admin');
    for (const check of await e2e.host.host.runtime.store.find(COLLECTIONS.reportMediaChecks, {}))
      await e2e.host.call(
        'reports',
        { action: 'mediaVerdict', payload: { traceId: check._id, suggest: 'pass' } },
        admin,
      );
    const handler = await contextAs(e2e, 'handler');
    const desk = await handler.newPage();
    await e2e.open(desk, '/packageHandler/pages/queue/index');
    await desk.getByText(trackingNo).click();
    await desk.getByText('举报人已确认险情并非正在发生', { exact: false }).waitFor();
    await handler.close();
    await citizen.close();
  });

  it('a printed venue code opened by WeChat (q, with scancode_time) shows the event', async () => {
    const citizen = await contextAs(e2e, 'citizen');
    const page = await citizen.newPage();
    const printed = `${e2e.host.host.url}/#/pages/event/index?scene=${encodeURIComponent('e=demo616')}`;
    // The event's own card (its organiser), not the "not found, see other events" answer.
    const detail = page.getByText('主办：示范街道办事处');
    await e2e.open(page, `/pages/event/index?q=${encodeURIComponent(printed)}&scancode_time=1781573400`);
    await detail.waitFor();
    // The demo is dated on the next 6·16.
    const year = nextConsultationDay(Date.now()).slice(0, 4);
    await expect(page.getByText(`${year}年“安全宣传咨询日”示范街道主会场`).count()).resolves.toBe(1);
    // The same link in a phone camera is the H5 page itself.
    await page.goto('about:blank');
    await page.goto(printed);
    await detail.waitFor();
    await citizen.close();
  });

  it('a printed invitation link opened by WeChat (q) fills in its code', async () => {
    const citizen = await contextAs(e2e, 'citizen');
    const page = await citizen.newPage();
    const printed = `${e2e.host.host.url}/#/packageAdmin/pages/invite/index?scene=ABCDE-FGHJK`;
    await e2e.open(page, `/packageAdmin/pages/invite/index?q=${encodeURIComponent(printed)}&scancode_time=1781573400`);
    await page.getByText('请输入管理员发给您的 10 位邀请码', { exact: false }).waitFor();
    await expect(page.inputValue('#invite-code-input input')).resolves.toBe('ABCDE-FGHJK');
    await citizen.close();
  });

  it.each([
    ['/packageAdmin/pages/invite/index', 'not a link'],
    ['/pages/event/index', 'not a link'],
    ['/pages/event/index', 'https://example.com/?id=1'],
    ['/pages/activity/index', `https://example.com/#/pages/activity/index?scene=${encodeURIComponent('e=demo616')}`],
  ])('garbage on %s (%s) says 二维码无效 and leads home', async (path, q) => {
    const citizen = await contextAs(e2e, 'citizen');
    const page = await citizen.newPage();
    await e2e.open(page, `${path}?q=${encodeURIComponent(q)}&scancode_time=1781573400`);
    await page.getByRole('alert').getByText('二维码无效').waitFor();
    await page.locator('taro-button-core', { hasText: '返回首页' }).click();
    await page.waitForURL(/pages\/home\/index/);
    await citizen.close();
  });
});
