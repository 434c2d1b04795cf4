import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CODE_WINDOW_MS } from '@domain/activities/codes';
import { codeAt } from '../support/checkins';
import { sheetRows } from '../support/xlsx';
import { contextAs, screenshot, startE2E, tap, type E2E } from './harness';

const fill = (page: Page, id: string, value: string) => page.fill(`#${id} input`, value);

describe('七进 check-in in the H5 build', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('organizer opens a live code, a participant checks in with it, the 统计表 counts them and exports', async () => {
    const organizer = await (await contextAs(e2e, 'organizer')).newPage();
    await e2e.open(organizer, '/packageOrganizer/pages/activity-edit/index');
    await tap(organizer.locator('#activity-kind-community'));
    await fill(organizer, 'activity-title', '社区消防疏散演练');
    await fill(organizer, 'activity-placeName', '示范社区党群服务中心');
    await fill(organizer, 'activity-address', '示范街道建设路 1 号');
    // No GPS on this H5 page: the activity saves without a map mark (it just cannot have a 签到范围).
    await organizer.getByText('未标注位置：可以保存，但不能设置签到范围').waitFor();
    await tap(organizer.locator('#save-activity'));
    await organizer.waitForURL(/activity-live/);
    const activityId = new URL(organizer.url().replace('/#/', '/')).searchParams.get('id') ?? '';
    expect(activityId).toMatch(/^[A-Za-z0-9_-]{10}$/);
    const shown = organizer.locator('#live-code');
    await expect(shown.textContent({ timeout: 20_000 })).resolves.toMatch(/^\d{6}$/);
    await screenshot(organizer, 'checkin-live');

    const participant = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(participant, '/pages/activity/index');
    await fill(participant, 'checkin-name', '张小明');
    await fill(participant, 'checkin-org', '示范社区居民');
    // The code on the organizer's screen right now (it may have rotated since it was first read).
    await fill(participant, 'checkin-code', (await shown.textContent()) ?? '');
    await tap(participant.locator('#checkin-submit'));
    await participant.locator('#checkin-done').getByText('签到成功').waitFor();
    await screenshot(participant, 'checkin-done');

    await organizer.locator('#live-list').getByText('张小明').waitFor({ timeout: 10_000 });
    await expect(organizer.locator('#live-count').textContent()).resolves.toContain('已签到 1 人');

    const late = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(late, '/pages/activity/index');
    await fill(late, 'checkin-name', '李迟到');
    await fill(late, 'checkin-org', '示范社区居民');
    await fill(late, 'checkin-code', codeAt(e2e.host, activityId, Date.now() - 4 * CODE_WINDOW_MS).code);
    await tap(late.locator('#checkin-submit'));
    await late.getByText('签到码已过期，请扫描或输入现场屏幕上最新的签到码').waitFor();
    await expect(late.locator('#checkin-done').count()).resolves.toBe(0);

    // The 统计表 opens on the campaign's June; today's activity is asked for by a range link.
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await e2e.open(organizer, `/packageOrganizer/pages/activity-stats/index?from=${today}&to=${today}`);
    const row = organizer.locator('#stats-community');
    await row.waitFor();
    await expect(row.locator('.stats__cell').allTextContents()).resolves.toEqual(['进社区', '1', '1']);
    await screenshot(organizer, 'checkin-stats');

    const download = organizer.waitForEvent('download');
    await tap(organizer.locator('#export-stats'));
    const downloaded = await download;
    // A name a person recognises: unit, month, form; no hash.
    expect(downloaded.suggestedFilename()).toMatch(/^示范街道办事处-\d{4}年\d{1,2}月.*-活动进展情况统计表\.xlsx$/);
    const rows = await sheetRows(readFileSync(await downloaded.path()));
    expect(rows[0][0]).toBe('“安全生产月”活动进展情况统计表');
    expect(String(rows[1][0])).toContain('填报单位：示范街道办事处');
    const seven = rows.find((r) => r[0] === '抓好安全宣传“七进”末端落实');
    expect(String(seven?.[1])).toContain('开展安全宣传进社区活动（1）场、参与（1）人次');
    expect(e2e.pageErrors).toEqual([]);
  });
});
