import type { Locator } from 'playwright-core';
import type { MyRegistration } from '@domain/events/types';
import { createEvent, dataOf, signUpPayload } from '../support/events';
import { contextAs, screenshot, startE2E, tap, type E2E } from './harness';

async function expectTapTarget(target: Locator) {
  const box = await target.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
}

describe('删除我的数据 in the H5 build', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('shows what is held, deletes it after a confirmation and forgets what the phone remembered', async () => {
    const context = await contextAs(e2e, 'citizen');
    const page = await context.newPage();
    await e2e.open(page, '/pages/me/index');
    await page.locator('#open-my-data').waitFor();

    // An upcoming sign-up made as this browser's citizen, and a check-in name the phone remembers (Taro's storage format).
    const session = await page.evaluate(() => localStorage.getItem('dev-session'));
    const { token } = (JSON.parse(session ?? '{}') as { data: { token: string } }).data;
    const { sessionId } = await createEvent(e2e.host, await e2e.host.signIn('organizer'));
    dataOf(
      await e2e.host.call<MyRegistration>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, token),
    );
    await page.evaluate(() =>
      localStorage.setItem('checkin:profile', JSON.stringify({ data: { name: '张三', org: '示范社区居民' } })),
    );

    await expectTapTarget(page.locator('#open-my-data'));
    await tap(page.locator('#open-my-data'));
    await page.locator('#my-data-held').getByText('报名 1 条，其中 1 条尚未开始').waitFor();
    await expectTapTarget(page.locator('#delete-my-data'));
    await screenshot(page, 'my-data');

    // Cancelling the confirmation deletes nothing.
    await tap(page.locator('#delete-my-data'));
    await tap(page.locator('.taro-model__cancel'));
    await page.waitForTimeout(300);
    expect(await page.locator('#my-data-done').count()).toBe(0);

    await tap(page.locator('#delete-my-data'));
    await tap(page.locator('.taro-model__confirm'));
    const done = page.locator('#my-data-done');
    await done.waitFor();
    expect(await done.innerText()).toContain('取消 1 条报名');
    await page.locator('#my-data-held').getByText('报名 0 条').waitFor();
    await screenshot(page, 'my-data-deleted');
    expect(await page.evaluate(() => localStorage.getItem('checkin:profile'))).toBeNull();
    const mine = dataOf(await e2e.host.call<MyRegistration[]>('events', { action: 'mine' }, token));
    expect(mine).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  });
});
