import type { Page } from 'playwright-core';
import { contextAs, screenshot, startE2E, tap, type E2E } from './harness';

const fill = (page: Page, id: string, value: string) => page.fill(`#${id} input`, value);

describe('role invitations in the H5 build', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(() => e2e?.close());

  it('admin invites an organizer, the invitee opens the link and becomes one, a second use is refused', async () => {
    const admin = await (await contextAs(e2e, 'admin')).newPage();
    await e2e.open(admin, '/pages/me/index');
    await tap(admin.locator('#open-invites'));
    await admin.waitForURL(/packageAdmin\/pages\/invites/);

    // A refused form keeps what was typed and says which field is missing.
    await fill(admin, 'invite-note', '城南社区 王主任');
    await tap(admin.locator('#create-invite'));
    await admin.getByText('请填写所属单位').waitFor();
    await expect(admin.inputValue('#invite-note input')).resolves.toBe('城南社区 王主任');

    await fill(admin, 'invite-unit', '城南社区居委会');
    await tap(admin.locator('#create-invite'));
    const code = ((await admin.locator('#invite-code').textContent({ timeout: 10_000 })) ?? '').replace('-', '');
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{10}$/);
    await screenshot(admin, 'invite-created');

    const invitee = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(invitee, `/packageAdmin/pages/invite/index?code=${code}`);
    await expect(invitee.inputValue('#invite-code-input input')).resolves.toBe(code);
    await tap(invitee.locator('#redeem-invite'));
    await invitee.locator('#invite-accepted').getByText('活动组织者（城南社区居委会）').waitFor();
    await screenshot(invitee, 'invite-accepted');
    await e2e.open(invitee, '/pages/me/index');
    await invitee.locator('#my-roles').getByText('组织者').waitFor();

    const latecomer = await (await contextAs(e2e, 'citizen')).newPage();
    await e2e.open(latecomer, '/packageAdmin/pages/invite/index');
    await fill(latecomer, 'invite-code-input', `${code.slice(0, 5)}-${code.slice(5)}`);
    await tap(latecomer.locator('#redeem-invite'));
    await latecomer.getByText('这个邀请码已被使用，每个邀请码只能使用一次').waitFor();

    // The admin's list shows it used; no revoke is offered for it.
    await e2e.open(admin, '/packageAdmin/pages/invites/index');
    const row = admin.locator(`#invite-${code.slice(-3)}`);
    await row.getByText('已使用').waitFor();
    await expect(row.locator(`#revoke-invite-${code.slice(-3)}`).count()).resolves.toBe(0);
    expect(e2e.pageErrors).toEqual([]);
  });
});
