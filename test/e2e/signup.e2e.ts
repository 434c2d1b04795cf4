import type { Page } from 'playwright-core';
import type { Envelope } from '@domain/common/errors';
import type { MyRegistration } from '@domain/events/types';
import { createEvent, dataOf, eventInput, signUpPayload } from '../support/events';
import type { DevRole } from '../support/local-host';
import { screenshot, startE2E, tap, type E2E } from './harness';

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

  /** A page signed in as `role` the way the app's dev sign-in stores it (Taro storage format). */
  async function pageAs(role: DevRole): Promise<{ page: Page; token: string }> {
    const res = await fetch(`${e2e.host.host.url}/dev/signin`, { method: 'POST', body: JSON.stringify({ role }) });
    const session = dataOf({ body: (await res.json()) as Envelope<{ openid: string; token: string }> });
    const { context, page } = await e2e.newPage();
    await context.addInitScript(
      (value) => localStorage.setItem('dev-session', value),
      JSON.stringify({ data: { ...session, role } }),
    );
    return { page, token: session.token };
  }

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
    const citizen = await pageAs('citizen');
    await e2e.open(citizen.page, `/pages/event/index?scene=${encodeURIComponent(`e=${eventId}`)}`);
    await citizen.page.getByText('安全宣传咨询日现场活动').first().waitFor();

    await tap(citizen.page.locator('#signup-submit'));
    await citizen.page.locator('#signup-form .field-error').getByText('请填写姓名').waitFor();
    await signUpInPage(citizen.page, sessionId, '张三', '13800001234');
    const status = citizen.page.locator(`#registration-status-${sessionId}`);
    await status.getByText('报名成功').waitFor();
    await citizen.page.locator(`#ticket-qr-${sessionId}`).waitFor();
    const codeText = (await citizen.page.locator(`#ticket-code-${sessionId}`).innerText()).trim();
    // The desk types the 8-digit 票码 the attendee reads aloud.
    const ticket = codeText;
    expect(ticket).toMatch(/^\d{4} \d{4}$/);
    await screenshot(citizen.page, 'signup-ticket');

    const organizer = await pageAs('organizer');
    await e2e.open(organizer.page, `/packageOrganizer/pages/event-admin/index?id=${eventId}`);
    await organizer.page.getByText('138****1234（点击查看）').waitFor();
    // A week before the session the ticket is refused, saying when it is good (China time).
    await organizer.page
      .locator(`#window-${sessionId}`)
      .getByText(/^签到时间：.+（北京时间）$/)
      .waitFor();
    await organizer.page.fill('#checkin-ticket input', ticket);
    await tap(organizer.page.locator('#checkin-submit'));
    await organizer.page
      .locator('#checkin-result')
      .getByText(/^“咨询区”场次尚未开始签到，签到时间为 .+（北京时间）$/)
      .waitFor();
    // The day comes: half an hour before the session (a week out), the same ticket is checked in.
    shift = 7 * 24 * 3600_000 - 30 * 60_000;
    await organizer.page.fill('#checkin-ticket input', ticket);
    await tap(organizer.page.locator('#checkin-submit'));
    await organizer.page.locator('#checkin-result').getByText('签到成功：张三（咨询区）').waitFor();
    await organizer.page.fill('#checkin-ticket input', ticket);
    await tap(organizer.page.locator('#checkin-submit'));
    await organizer.page
      .locator('#checkin-result')
      .getByText(/不能重复使用/)
      .waitFor();
    await screenshot(organizer.page, 'signup-checkin');

    await citizen.page.reload();
    await status.getByText('已签到').waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });

  it('a full session waitlists, and a cancellation promotes and tells the first in line', async () => {
    const organizerToken = await e2e.host.signIn('organizer');
    const { eventId, sessionId } = await createEvent(e2e.host, organizerToken, eventInput({}, { capacity: 1 }));
    const first = await e2e.host.signIn('citizen');
    const seat = dataOf(
      await e2e.host.call<MyRegistration>('events', { action: 'signUp', payload: signUpPayload(sessionId) }, first),
    );

    const waiting = await pageAs('citizen');
    await e2e.open(waiting.page, `/pages/event/index?id=${eventId}`);
    await waiting.page
      .locator(`#seats-${sessionId}`)
      .getByText(/已满，可候补/)
      .waitFor();
    await signUpInPage(waiting.page, sessionId, '李四', '13900005678');
    // A full session's button says 加入候补 and asks once more in place.
    await tap(waiting.page.locator('#waitlist-confirm #signup-submit'));
    await waiting.page.locator(`#registration-status-${sessionId}`).getByText('候补中').waitFor();
    await waiting.page.getByText('候补第 1 位，有名额时自动转正并通知您').waitFor();

    dataOf(await e2e.host.call('events', { action: 'cancel', payload: { registrationId: seat._id } }, first));
    await waiting.page.reload();
    await waiting.page.locator(`#registration-status-${sessionId}`).getByText('报名成功').waitFor();
    await waiting.page
      .locator(`#promoted-${sessionId}`)
      .getByText(/从候补转为报名成功/)
      .waitFor();
    await waiting.page.locator(`#ticket-qr-${sessionId}`).waitFor();
    await screenshot(waiting.page, 'signup-promoted');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('says an unknown event does not exist and offers the open events', async () => {
    const { page } = await pageAs('citizen');
    await e2e.open(page, '/pages/event/index?scene=e%3Dnosuch');
    await page.locator('#event-unavailable').getByText('这个活动不存在或已删除').waitFor();
    await page.locator('[id^="open-event-"]').first().waitFor();
  });
});
