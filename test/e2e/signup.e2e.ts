import type { Page } from 'playwright-core';
import type { MyRegistration } from '@domain/events/types';
import { createEvent, dataOf, eventInput, signUpPayload } from '../support/events';
import { answerModal, button, contextAs, screenshot, startE2E, tap, type E2E } from './harness';

describe('咨询日 sign-up in the H5 build', () => {
  let e2e: E2E;
  /** ms the host's clock runs ahead of the browser's: the session's day comes round for the door. */
  let shift = 0;
  beforeAll(async () => {
    e2e = await startE2E({ now: () => Date.now() + shift });
  });
  afterEach(() => {
    shift = 0;
  });
  afterAll(() => e2e?.close());

  async function signUpInPage(page: Page, sessionId: string, name: string, phone: string) {
    await tap(page.locator(`#session-${sessionId}`));
    await page.fill('#signup-name input', name);
    await page.fill('#signup-phone input', phone);
    await tap(page.locator('#signup-consent'));
    await tap(page.locator('#signup-submit'));
  }

  it('scan URL → sign up → ticket → organizer checks it in → attendee sees 已签到', async () => {
    const organizerToken = await e2e.host.signIn('organizer');
    const { eventId, sessionId } = await createEvent(e2e.host, organizerToken);
    const citizen = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(citizen, `/pages/event/index?scene=${encodeURIComponent(`e=${eventId}`)}`);
    await citizen.getByText('安全宣传咨询日现场活动').first().waitFor();

    await tap(citizen.locator('#signup-submit'));
    await citizen.locator('#signup-form .field-error').getByText('请填写姓名').waitFor();
    await signUpInPage(citizen, sessionId, '张三', '13800001234');
    const status = citizen.locator(`#registration-status-${sessionId}`);
    await status.getByText('报名成功').waitFor();
    await citizen.locator(`#ticket-qr-${sessionId}`).waitFor();
    const codeText = (await citizen.locator(`#ticket-code-${sessionId}`).innerText()).trim();
    // The desk types the 8-digit 票码 the attendee reads aloud.
    const ticket = codeText;
    expect(ticket).toMatch(/^\d{4} \d{4}$/);
    await screenshot(citizen, 'signup-ticket');

    const organizer = await (await contextAs(e2e, 'organizer')).newPage();
    await e2e.open(organizer, `/packageOrganizer/pages/event-admin/index?id=${eventId}`);
    await organizer.getByText('138****1234').waitFor();
    await organizer.getByRole('button', { name: '查看号码' }).first().waitFor();
    // A week before the session the ticket is refused, saying when it is good (China time).
    await organizer
      .locator(`#window-${sessionId}`)
      .getByText(/^签到时间：.+（北京时间）$/)
      .waitFor();
    await organizer.fill('#checkin-ticket input', ticket);
    await tap(organizer.locator('#checkin-submit'));
    await organizer
      .locator('#checkin-result')
      .getByText(/^“咨询区”场次尚未开始签到，签到时间为 .+（北京时间）$/)
      .waitFor();
    // The day comes: half an hour before the session (a week out), the same ticket is checked in.
    shift = 7 * 24 * 3600_000 - 30 * 60_000;
    await organizer.fill('#checkin-ticket input', ticket);
    await tap(organizer.locator('#checkin-submit'));
    await organizer.locator('#checkin-result').getByText('签到成功：张三（咨询区）').waitFor();
    await organizer.fill('#checkin-ticket input', ticket);
    await tap(organizer.locator('#checkin-submit'));
    await organizer
      .locator('#checkin-result')
      .getByText(/不能重复使用/)
      .waitFor();
    await screenshot(organizer, 'signup-checkin');

    await citizen.reload();
    await status.getByText('已签到').waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });

  it('the desk undoes a mistaken one-tap 签到: the row says 未签到 again and the counts go back', async () => {
    const organizerToken = await e2e.host.signIn('organizer');
    const { eventId, sessionId } = await createEvent(e2e.host, organizerToken);
    const citizen = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(citizen, `/pages/event/index?id=${eventId}`);
    await signUpInPage(citizen, sessionId, '王五', '13800005555');
    await citizen.locator(`#registration-status-${sessionId}`).getByText('报名成功').waitFor();

    const page = await (await contextAs(e2e, 'organizer')).newPage();
    await e2e.open(page, `/packageOrganizer/pages/event-admin/index?id=${eventId}`);
    const row = page.locator('[id^="row-"]', { hasText: '王五' });
    const answer = page.locator('[id^="answer-"]');
    const counts = page.locator(`#counts-${sessionId}`);
    await row.getByText('未签到').waitFor();
    await counts.getByText('已报 1/2 · 候补 0 · 已签到 0').waitFor();

    // A week early the one-tap 签到 is refused: the refusal is under its row, not at the desk far above.
    await tap(button(row, /^\s*签到\s*$/));
    await answer.getByText(/尚未开始签到/).waitFor();
    await expect(page.locator('#checkin-result').count()).resolves.toBe(0);

    // The session's day has come (half an hour before it starts): the next tap's answer replaces the refusal.
    shift = 7 * 24 * 3600_000 - 30 * 60_000;
    // The wrong person tapped: 撤销 beside the answer puts it back at once.
    await tap(button(row, /^\s*签到\s*$/));
    await answer.getByText('签到成功：王五（咨询区）').waitFor();
    await expect(page.getByText(/尚未开始签到/).count()).resolves.toBe(0);
    await counts.getByText('已签到 1').waitFor();
    await row.getByText('已签到').waitFor();
    await screenshot(page, 'signup-checkin-undo');
    await tap(button(answer, /^\s*撤销\s*$/));
    await answer.getByText('已撤销 王五 的签到，该票可再次签到').waitFor();
    await row.getByText('未签到').waitFor();
    await counts.getByText('已报 1/2 · 候补 0 · 已签到 0').waitFor();

    // Later, from the row: 撤销签到 asks first; 再想想 keeps the check-in.
    await tap(button(row, /^\s*签到\s*$/));
    await counts.getByText('已签到 1').waitFor();
    await tap(button(row, /^\s*撤销签到\s*$/));
    await page.getByText('撤销 王五 的签到？撤销后该票可再次签到。').waitFor();
    await tap(page.locator('.taro-model__cancel'));
    await page.locator('.taro-model__cancel').waitFor({ state: 'hidden' });
    await row.getByText('已签到').waitFor();
    await tap(button(row, /^\s*撤销签到\s*$/));
    await tap(page.locator('.taro-model__confirm'));
    await row.getByText('未签到').waitFor();
    await counts.getByText('已报 1/2 · 候补 0 · 已签到 0').waitFor();

    await citizen.reload();
    await citizen.locator(`#registration-status-${sessionId}`).getByText('报名成功').waitFor();
    await citizen.locator(`#ticket-qr-${sessionId}`).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });

  it('a full session waitlists, and a cancellation promotes and tells the first in line', async () => {
    const organizerToken = await e2e.host.signIn('organizer');
    const { eventId, sessionId } = await createEvent(e2e.host, organizerToken, eventInput({}, { capacity: 1 }));
    const first = await e2e.host.signIn('citizen');
    const seat = dataOf(
      await e2e.host.call<MyRegistration>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, first),
    );

    const waiting = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(waiting, `/pages/event/index?id=${eventId}`);
    await waiting
      .locator(`#seats-${sessionId}`)
      .getByText(/已满，可候补/)
      .waitFor();
    await signUpInPage(waiting, sessionId, '李四', '13900005678');
    // A full session's button says 加入候补 and asks once more in place.
    await tap(waiting.locator('#waitlist-confirm #signup-submit'));
    await waiting.locator(`#registration-status-${sessionId}`).getByText('候补中').waitFor();
    await waiting.getByText('候补第 1 位，有名额时自动转正并通知您').waitFor();

    dataOf(await e2e.host.call('events', { action: 'cancel', payload: { registrationId: seat._id } }, first));
    await waiting.reload();
    await waiting.locator(`#registration-status-${sessionId}`).getByText('报名成功').waitFor();
    await waiting
      .locator(`#promoted-${sessionId}`)
      .getByText(/从候补转为报名成功/)
      .waitFor();
    await waiting.locator(`#ticket-qr-${sessionId}`).waitFor();
    await screenshot(waiting, 'signup-promoted');
    // The ticket shows its owner's phone masked, as every list does.
    await waiting.getByText('李四 · 139****5678').waitFor();
    await expect(waiting.getByText('13900005678').count()).resolves.toBe(0);

    // A cancelled sign-up leads back to its event: 重新报名 opens the event's form again.
    await tap(button(waiting.locator(`#registration-${sessionId}`), '取消报名'));
    await answerModal(waiting, '确认取消');
    await waiting.locator(`#registration-status-${sessionId}`).getByText('已取消').waitFor();
    await tap(waiting.locator(`#rejoin-${sessionId}`).filter({ hasText: '重新报名' }));
    await waiting.waitForURL(/pages\/event\/index/);
    await waiting.locator('#signup-submit').waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });

  it('says an unknown event does not exist and offers the open events', async () => {
    const page = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(page, '/pages/event/index?scene=e%3Dnosuch');
    await page.locator('#event-unavailable').getByText('这个活动不存在或已删除').waitFor();
    await page.locator('[id^="open-event-"]').first().waitFor();
  });
});
