import type { BrowserContext, Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import type { Checkin } from '@domain/activities/types';
import { PRIVACY_ITEMS, PRIVACY_VERSION } from '@domain/privacy/policy';
import { COLLECTIONS } from '../../cloud/core/collections';
import { HALL, createActivity, posterCode } from '../support/checkins';
import { contextAs, screenshot, startE2E, tap, type E2E } from './harness';

/**
 * H5 has no platform privacy flow, so the app asks itself: the first use of
 * location or photos shows the notice's summary, and nothing private is read
 * until the person agrees.
 */

/** A phone at the 示范社区 hall that lets the page read its position, and counts every time the page does. */
async function phoneAtHall(e2e: E2E, role: 'citizen' | 'organizer'): Promise<BrowserContext> {
  const context = await contextAs(e2e, role, {
    geolocation: { latitude: HALL.latitude, longitude: HALL.longitude, accuracy: 10 },
    permissions: ['geolocation'],
  });
  await context.addInitScript(() => {
    const counted = window as unknown as { positionReads: number };
    counted.positionReads = 0;
    const read = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => {
      counted.positionReads += 1;
      read(...args);
    };
  });
  return context;
}

const positionReads = (page: Page) =>
  page.evaluate(() => (window as unknown as { positionReads: number }).positionReads);

const popup = (page: Page) => page.locator('.privacy-gate');

/** The page's own popup: pages below it in the H5 stack keep theirs hidden. */
const agree = (page: Page) => tap(page.locator('#privacy-agree:visible'));
const decline = (page: Page) => tap(page.locator('#privacy-decline:visible'));

async function expectTapTarget(target: Locator) {
  const box = await target.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
}

describe('privacy consent in the H5 build', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('asks before the first location or photo use on the report; declining keeps the form and reads nothing', async () => {
    const context = await phoneAtHall(e2e, 'citizen');
    const page = await context.newPage();
    let fileChoosers = 0;
    page.on('filechooser', () => (fileChoosers += 1));
    await e2e.open(page, '/packageReport/pages/report/index');
    await page.click('#report-no-danger');
    await page.fill('#report-description textarea', '小区地下车库消防通道被杂物堵塞');
    await page.fill('#report-place input', '示范小区 3 栋');

    await tap(page.locator('#report-locate'));
    await popup(page).waitFor();
    // The notice's own words for what the device gives: location, photos, the album.
    const shown = await popup(page).innerText();
    const deviceData = PRIVACY_ITEMS.filter((item) => item.apis.length > 0);
    expect(deviceData.map((item) => item.what)).toEqual(expect.arrayContaining(['位置信息', '照片']));
    for (const item of deviceData) expect(shown).toContain(`${item.what}：${item.why}`);
    for (const id of ['#privacy-agree', '#privacy-decline', '#privacy-notice']) await expectTapTarget(page.locator(id));
    await screenshot(page, 'privacy-popup');

    // The notice opens from the popup, and coming back finds the popup and the form as they were.
    await tap(page.locator('#privacy-notice'));
    await page.locator('.privacy-item').getByText('位置信息').waitFor();
    await screenshot(page, 'privacy-notice');
    await page.goBack();
    await popup(page).waitFor();

    await decline(page);
    await page.getByText('需要您同意隐私保护指引后才能使用定位，请直接填写地址').waitFor();
    await expect(popup(page).count()).resolves.toBe(0);
    await expect(page.locator('#report-locate').innerText()).resolves.toBe('点此定位');
    await expect(page.locator('#report-description textarea').inputValue()).resolves.toBe(
      '小区地下车库消防通道被杂物堵塞',
    );
    await expect(page.locator('#report-place input').inputValue()).resolves.toBe('示范小区 3 栋');
    await screenshot(page, 'privacy-declined');
    // The typed address is the way on without location.
    await page.fill('#report-address input', '示范小区地下车库 B 区');

    await tap(page.locator('#add-photos'));
    await decline(page);
    await page.getByText('需要您同意隐私保护指引后才能添加照片').waitFor();
    expect(fileChoosers).toBe(0);
    await expect(positionReads(page)).resolves.toBe(0);

    await tap(page.locator('#report-locate'));
    await agree(page);
    await page.getByText('已定位，点此重新定位').waitFor();
    await expect(positionReads(page)).resolves.toBe(1);
    await expect(page.locator('#report-address input').inputValue()).resolves.toBe('示范小区地下车库 B 区');

    // Agreed once: photos and a reload go straight on.
    const chooser = page.waitForEvent('filechooser');
    await tap(page.locator('#add-photos'));
    await (await chooser).setFiles([{ name: 'exit.png', mimeType: 'image/png', buffer: await QRCode.toBuffer('x') }]);
    await page.getByText('已上传 1/9 张').waitFor();
    await expect(popup(page).count()).resolves.toBe(0);

    await page.reload();
    await page.click('#report-no-danger');
    await tap(page.locator('#report-locate'));
    await page.waitForFunction(() => (window as unknown as { positionReads: number }).positionReads === 1);
    await expect(popup(page).count()).resolves.toBe(0);
    expect(e2e.pageErrors).toEqual([]);
    await context.close();
  });

  it('asks again once the notice has a new version', async () => {
    const context = await phoneAtHall(e2e, 'citizen');
    // Consent to an earlier notice, in Taro's storage format.
    await context.addInitScript(() => {
      if (window.location.protocol === 'http:' && !localStorage.getItem('privacy-consent'))
        localStorage.setItem('privacy-consent', JSON.stringify({ data: '2000-01' }));
    });
    const page = await context.newPage();
    await e2e.open(page, '/packageReport/pages/report/index');
    await page.click('#report-no-danger');
    await tap(page.locator('#report-locate'));
    await popup(page).waitFor();
    await expect(positionReads(page)).resolves.toBe(0);
    await agree(page);
    await page.getByText('已定位，点此重新定位').waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('privacy-consent') ?? '{}').data);
    expect(stored).toBe(PRIVACY_VERSION);
    await context.close();
  });

  it('asks before a geofenced check-in reads the position; declining checks nobody in and keeps the name', async () => {
    const organizer = await e2e.host.signIn('organizer');
    const activity = await createActivity(e2e.host, organizer, { codeMode: 'poster', geofenceMeters: 300 });
    const context = await phoneAtHall(e2e, 'citizen');
    const page = await context.newPage();
    await e2e.open(page, `/pages/activity/index?id=${activity._id}`);
    await page.getByText('签到时需要获取您的位置').waitFor();
    await page.fill('#checkin-name input', '王安全');
    await page.fill('#checkin-org input', '示范社区居民');
    await page.fill('#checkin-code input', posterCode(e2e.host, activity._id).code);

    await tap(page.locator('#checkin-submit'));
    await popup(page).waitFor();
    await screenshot(page, 'privacy-popup-checkin');
    await decline(page);
    await page.getByText('需要您同意隐私保护指引后才能使用定位签到').waitFor();
    await expect(page.locator('#checkin-name input').inputValue()).resolves.toBe('王安全');
    await expect(page.locator('#checkin-org input').inputValue()).resolves.toBe('示范社区居民');
    await expect(positionReads(page)).resolves.toBe(0);
    expect(await e2e.host.host.runtime.store.count(COLLECTIONS.checkins, { activityId: activity._id })).toBe(0);

    await tap(page.locator('#checkin-submit'));
    await agree(page);
    await page.locator('#checkin-done').getByText('签到成功').waitFor();
    await expect(positionReads(page)).resolves.toBe(1);
    const rows = await e2e.host.host.runtime.store.find<Checkin>(COLLECTIONS.checkins, { activityId: activity._id });
    expect(rows.map((r) => r.name)).toEqual(['王安全']);
    await context.close();
  });

  it('asks on the organizer pages that pick a venue from the current position', async () => {
    const agreeing = await (await phoneAtHall(e2e, 'organizer')).newPage();
    await e2e.open(agreeing, '/packageOrganizer/pages/activity-edit/index');
    await tap(agreeing.locator('#activity-pick-place'));
    await agree(agreeing);
    await agreeing.getByText('已在地图上标注活动地点').waitFor();

    const declining = await (await phoneAtHall(e2e, 'organizer')).newPage();
    await e2e.open(declining, '/packageOrganizer/pages/event-edit/index');
    const venue = declining.locator('taro-button-core', { hasText: '在地图上标注场地（用于导航）' });
    await tap(venue);
    await decline(declining);
    await declining.getByText('需要您同意隐私保护指引后才能使用定位').waitFor();
    await expect(positionReads(declining)).resolves.toBe(0);
    await expect(venue.count()).resolves.toBe(1);
    expect(e2e.pageErrors).toEqual([]);
  });
});
