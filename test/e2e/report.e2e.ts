import QRCode from 'qrcode';
import type { HazardReport } from '@domain/reports/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { answerModal, contextAs, startE2E, type E2E } from './harness';

describe('隐患随手拍 in the H5 build', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('answers an emergency with call buttons and no form', async () => {
    const context = await contextAs(e2e, 'citizen');
    const page = await context.newPage();
    await e2e.open(page, '/packageReport/pages/report/index');
    await page.click('#report-danger');
    for (const n of ['119', '110', '120']) await page.locator(`#call-${n}`).waitFor();
    await expect(page.locator('#report-description').count()).resolves.toBe(0);
    await context.close();
  });

  it('keeps an unsent report as a draft with its photos and offers it on the next open', async () => {
    const context = await contextAs(e2e, 'citizen');
    const page = await context.newPage();
    await e2e.open(page, '/packageReport/pages/report/index');
    await page.click('#report-no-danger');
    await page.getByText('电动车充电', { exact: true }).click();
    await page.fill('#report-description textarea', '楼道里有人从窗户拉电线给电动车充电');
    const chooser = page.waitForEvent('filechooser');
    await page.click('#add-photos');
    // The first use of photos in this browser asks for consent to the privacy notice (test/e2e/privacy.e2e.ts).
    await page.click('#privacy-agree');
    const buffer = await QRCode.toBuffer('draft', { width: 64 });
    await (await chooser).setFiles([{ name: 'draft.png', mimeType: 'image/png', buffer }]);
    await page.getByText('已上传 1/9 张').waitFor();

    await page.reload();
    await page.click('#report-no-danger');
    // The draft is back by itself; 清空重填 would drop it.
    await page.locator('#draft-offer').waitFor();
    await expect(page.locator('#report-description textarea').inputValue()).resolves.toBe(
      '楼道里有人从窗户拉电线给电动车充电',
    );
    await page.getByText('已上传 1/9 张').waitFor();
    await expect(page.locator('.photos__image').count()).resolves.toBe(1);
    await context.close();
  });

  it('files a report with two photos and a typed location once, routes it, and shows the reporter every status', async () => {
    const citizen = await contextAs(e2e, 'citizen');
    const page = await citizen.newPage();
    await e2e.open(page, '/packageReport/pages/report/index');
    await page.click('#report-no-danger');

    await page.getByText('危化品', { exact: true }).click();
    await page.getByText('违规生产、储存、经营危险化学品').click();
    await page.fill('#report-description textarea', '仓库门口堆放几十桶稀释剂，旁边有人抽烟');
    const photos = await Promise.all(['A', 'B'].map((text) => QRCode.toBuffer(text, { width: 64 })));
    const chooser = page.waitForEvent('filechooser');
    await page.click('#add-photos');
    await page.click('#privacy-agree');
    await (
      await chooser
    ).setFiles(photos.map((buffer, i) => ({ name: `hazard-${i}.png`, mimeType: 'image/png', buffer })));
    await page.getByText('已上传 2/9 张').waitFor();

    await page.fill('#report-address input', '示范街道工业路 8 号仓库');
    await page.fill('#report-place input', '某某化工经营部');
    await page.fill('#report-name input', '张三');
    await page.fill('#report-phone input', '13812345678');
    await expect(page.locator('#route-notice').innerText()).resolves.toContain('将转交 12350 安全生产举报投诉热线处理');
    await page.click('#report-consent');

    // The first submit reaches the server but its answer is lost: the form stays and the retry files nothing new.
    let dropped = false;
    await page.route('**/api/reports', async (route) => {
      const body = route.request().postDataJSON() as { action: string };
      if (body.action !== 'submit' || dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.click('#submit-report');
    await page.getByText('网络连接失败', { exact: false }).waitFor();
    await page.click('#submit-report');
    await page.waitForURL(/report-done/);
    await page.locator('#tracking-no').waitFor();
    const trackingNo = (await page.locator('#tracking-no').innerText()).trim();
    expect(trackingNo).toMatch(/^YH\d{8}-\d{6}$/);
    await expect(page.locator('#report-done').innerText()).resolves.toContain('12350 安全生产举报投诉热线');

    const stored = await e2e.host.host.runtime.store.find<HazardReport>(COLLECTIONS.hazardReports, {});
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      trackingNo,
      channelId: '12350',
      ruleId: 'hazchem-storage',
      security: 'checking',
    });
    expect(stored[0].photos).toHaveLength(2);
    expect(stored[0].location).toEqual({ address: '示范街道工业路 8 号仓库' });

    // No photo verdict has come (this host's check stays pending): a handler releases it on the 待审核 desk.
    const reviewer = await contextAs(e2e, 'handler');
    const review = await reviewer.newPage();
    await e2e.open(review, '/packageHandler/pages/queue/index');
    await review.click('#tab-review');
    await review.click(`#queue-${trackingNo}`);
    await review.locator('#review-pass').click();
    await review.locator('#to-accepted').waitFor();
    await reviewer.close();

    const statusSeen = async (label: string) => {
      await e2e.open(page, '/packageReport/pages/my-reports/index');
      await page.reload();
      await page.waitForFunction(
        ([id, expected]) => document.querySelector(id)?.textContent === expected,
        [`#my-status-${trackingNo}`, label],
      );
    };
    await statusSeen('已提交');

    const handlerContext = await contextAs(e2e, 'handler');
    const desk = await handlerContext.newPage();
    await e2e.open(desk, '/packageHandler/pages/queue/index');
    await desk.click(`#queue-${trackingNo}`);
    await desk.locator('#reporter-contact').waitFor();
    await expect(desk.locator('#reporter-contact').innerText()).resolves.toContain('138****5678');

    for (const [to, label, note] of [
      ['accepted', '已受理', '已转应急管理局执法大队核查'],
      ['rectifying', '整改中', '已责令立即清理、限期整改'],
      ['closed', '已办结', '复查合格，隐患已消除'],
    ]) {
      await desk.fill('#handler-note textarea', note);
      if (to === 'rectifying') {
        // 整改限期: the picker opens a week from today; 确定 takes it.
        await desk.click('#handler-deadline-pick');
        await desk
          .locator('.weui-picker__action')
          .filter({ hasText: /^确定$/ })
          .click();
        await desk
          .locator('#handler-deadline-picked')
          .getByText(/^限期至 /)
          .waitFor();
      }
      await desk.click(`#to-${to}`);
      // 办结 cannot be undone: the page asks first (再想想 / 确认办结).
      if (to === 'closed') await answerModal(desk, '确认办结');
      await desk.waitForFunction(
        (expected) => document.querySelector('#handler-status')?.textContent === expected,
        label,
      );
      await statusSeen(label);
    }
    const timeline = await page.locator(`#my-report-${trackingNo}`).innerText();
    for (const text of ['已提交', '已受理', '整改中', '已办结', '复查合格，隐患已消除'])
      expect(timeline).toContain(text);
    expect(await e2e.host.host.runtime.store.count(COLLECTIONS.hazardReports, {})).toBe(1);

    await handlerContext.close();
    await citizen.close();
  });
});
