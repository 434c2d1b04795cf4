/**
 * Issue 6, the authorization matrix: for every action of every cloud function and
 * every persona, allowed or refused, called over HTTP on the real local host with a
 * valid payload aimed at fresh data the owner persona owns. An action without a row
 * fails the suite, so none ships without a decision. Every allowed answer is also
 * searched for the owner's openid, name, phone and row ids: only those who may see
 * the owner's rows find them, and the full phone only the owner and the reveal actions.
 */
import type { EventAdminView, MyRegistration } from '@domain/events/types';
import { FUNCTIONS } from '../../cloud/functions/registry';
import { createEvent, dataOf, otherUnitOrganizer, signUpPayload } from '../support/events';
import { startTestHost, type TestHost } from '../support/local-host';
import {
  checkinsFixture,
  eventsFixture,
  otherChannelHandler,
  PLAIN,
  privacyFixture,
  reportsFixture,
  SUITES,
  type Owned,
} from '../support/owned-fixtures';
import { deliverVerdicts, PNG_1PX } from '../support/reports';

/*
 * Columns: anon = no token · owner = the citizen who signed up / reported / checked in (for
 * admin rows: the citizen whose role is granted or revoked) · other = another citizen ·
 * org- = organizer of another unit · org = organizer of the owning unit (示范街道办事处) ·
 * hdl- = handler of another channel only (96119, granted by the admin) · hdl = the demo handler, whose channels
 * include the report's (12350; it answers every routed channel, so a report nobody else sees is still in its queue) · admin.
 * Cells: ok = allowed (answers ok: true) · 403 forbidden / 404 not_found = refused (404 where
 * someone else's row answers like a missing one) · 401 = not signed in.
 * A new action needs a row here and, if it takes a payload, an entry in test/support/owned-fixtures.ts.
 */
const MATRIX = `
                          anon  owner  other  org-  org   hdl-  hdl   admin
  content.home            401   ok     ok     ok    ok    ok    ok    ok
  content.listThemes      401   ok     ok     ok    ok    ok    ok    ok
  content.listOutreach    401   ok     ok     ok    ok    ok    ok    ok
  content.listArticles    401   ok     ok     ok    ok    ok    ok    ok
  content.getArticle      401   ok     ok     ok    ok    ok    ok    ok
  content.updateArticle   401   403    403    ok    ok    403   403   ok    # shared knowledge, not a unit's
  content.createArticle   401   403    403    ok    ok    403   403   ok
  content.updateTheme     401   403    403    ok    ok    403   403   ok    # shared content, like the articles

  admin.me                401   ok     ok     ok    ok    ok    ok    ok
  admin.listRoles         401   403    403    403   403   403   403   ok
  admin.grantRole         401   403    403    403   403   403   403   ok
  admin.revokeRole        401   403    403    403   403   403   403   ok
  admin.createInvite      401   403    403    403   403   403   403   ok
  admin.listInvites       401   403    403    403   403   403   403   ok
  admin.revokeInvite      401   403    403    403   403   403   403   ok
  admin.redeemInvite      401   ok     ok     ok    ok    ok    ok    ok    # adds a role to the caller only
  admin.importContent     401   403    403    403   403   403   403   ok
  admin.reconcile         401   403    403    403   403   403   403   ok

  events.listOpen         401   ok     ok     ok    ok    ok    ok    ok
  events.open             401   ok     ok     ok    ok    ok    ok    ok    # 'mine' holds the caller's own only
  events.signUp           401   ok     ok     ok    ok    ok    ok    ok    # each signs up themselves
  events.mine             401   ok     ok     ok    ok    ok    ok    ok
  events.cancel           401   ok     404    404   404   404   404   404
  events.subscribeTemplates 401 ok     ok     ok    ok    ok    ok    ok
  events.sendReminders    401   403    403    403   403   403   403   ok
  events.managed          401   403    403    ok    ok    403   403   ok    # org- gets its own unit's
  events.save             401   403    403    403   ok    403   403   ok
  events.edit             401   403    403    403   ok    403   403   ok
  events.close            401   403    403    403   ok    403   403   ok
  events.reopen           401   403    403    403   ok    403   403   ok
  events.overview         401   403    403    403   ok    403   403   ok    # phones masked
  events.revealPhone      401   403    403    403   ok    403   403   ok
  events.checkIn          401   403    403    403   ok    403   403   ok
  events.checkInManual    401   403    403    403   ok    403   403   ok
  events.undoCheckIn      401   403    403    403   ok    403   403   ok    # the event's own organizers
  events.poster           401   403    403    403   ok    403   403   ok

  reports.photoTicket     401   ok     ok     ok    ok    ok    ok    ok    # the caller's own upload folder
  reports.submit          401   ok     ok     ok    ok    ok    ok    ok    # each files their own
  reports.mine            401   ok     ok     ok    ok    ok    ok    ok
  reports.getMine         401   ok     404    404   404   404   404   404
  reports.statusTemplate  401   ok     ok     ok    ok    ok    ok    ok
  reports.urge            401   ok     404    404   404   404   404   404   # the reporter's own, past its time
  reports.rate            401   ok     404    404   404   404   404   404   # the reporter's own, once closed
  reports.queue           401   403    403    403   403   ok    ok    ok    # hdl- gets its own channel's
  reports.detail          401   403    403    403   403   403   ok    ok
  reports.transition      401   403    403    403   403   403   ok    ok
  reports.setSeverity     401   403    403    403   403   403   ok    ok
  reports.reroute         401   403    403    403   403   403   ok    ok    # 转办 out of the caller's channel
  reports.revealContact   401   403    403    403   403   403   ok    ok
  reports.overview        401   403    403    ok    ok    ok    ok    ok    # counts and places, no people
  reports.outbox          401   403    403    403   403   ok    ok    ok
  reports.dispatchOutbox  401   403    403    403   403   403   403   ok
  reports.moderate        401   403    403    403   403   403   ok    ok    # the 待审核 desk of the channel
  reports.mediaVerdict    401   403    403    403   403   403   403   ok

  checkins.create         401   403    403    ok    ok    403   403   403   # an admin has no unit to own it
  checkins.update         401   403    403    403   ok    403   403   ok
  checkins.listMine       401   403    403    ok    ok    403   403   ok    # org- gets its own unit's
  checkins.get            401   ok     ok     ok    ok    ok    ok    ok
  checkins.liveCode       401   403    403    403   ok    403   403   ok
  checkins.live           401   403    403    403   ok    403   403   ok
  checkins.checkIn        401   ok     ok     ok    ok    ok    ok    ok    # each checks themselves in
  checkins.mine           401   ok     ok     ok    ok    ok    ok    ok
  checkins.addManual      401   403    403    403   ok    403   403   ok
  checkins.remove         401   403    403    403   ok    403   403   ok
  checkins.stats          401   403    403    403   ok    403   403   ok    # of the owning unit

  exports.attendance      401   403    403    403   ok    403   403   ok    # names and units of one activity
  exports.signUpList      401   403    403    403   ok    403   403   ok    # full phones: audited
  exports.stats           401   403    403    403   ok    403   403   ok    # of the owning unit
  exports.exportBank      401   403    403    ok    ok    403   403   ok
  exports.importBank      401   403    403    ok    ok    403   403   ok

  privacy.myData          401   ok     ok     ok    ok    ok    ok    ok    # the caller's own counts
  privacy.deleteMyData    401   ok     ok     ok    ok    ok    ok    ok    # erases the caller's own data only
  privacy.purgeExpired    401   403    403    403   403   403   403   ok

  quiz.entry              401   ok     ok     ok    ok    ok    ok    ok
  quiz.start              401   ok     ok     ok    ok    ok    ok    ok    # each answers for themselves
  quiz.submit             401   ok     404    404   404   404   404   404   # only the one who started it
  quiz.result             401   ok     404    404   404   404   404   404
  quiz.bank               401   403    403    ok    ok    403   403   ok    # shared bank, like the articles
  quiz.saveQuestion       401   403    403    ok    ok    403   403   ok
  quiz.retireQuestion     401   403    403    ok    ok    403   403   ok
  quiz.setCampaign        401   403    403    ok    ok    403   403   ok
  quiz.unitCode           401   403    403    ok    ok    403   403   403   # an admin has no unit
  quiz.stats              401   403    403    403   ok    403   403   ok    # of the owning unit
`;

const PERSONAS = ['anon', 'owner', 'other', 'org-', 'org', 'hdl-', 'hdl', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
const OUTCOMES = ['ok', '401', '403', '404'] as const;
type Outcome = (typeof OUTCOMES)[number];

const LABELS: Record<Persona, string> = {
  anon: 'anonymous citizen',
  owner: 'citizen (owner)',
  other: 'other citizen',
  'org-': 'organizer of another unit',
  org: 'organizer',
  'hdl-': 'handler of another channel',
  hdl: 'handler',
  admin: 'admin',
};
const CODES: Record<Exclude<Outcome, 'ok'>, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

/** Who may find the owner's openid, name and row ids in an answer, per function (others: the owner and admins). */
const SEES: Record<string, Persona[]> = {
  events: ['owner', 'org', 'admin'],
  checkins: ['owner', 'org', 'admin'],
  reports: ['owner', 'hdl', 'admin'],
};
/** The logged actions whose answer is someone's full phone number. */
const REVEALS = ['events.revealPhone', 'reports.revealContact'];

function parseMatrix(text: string): Map<string, Record<Persona, Outcome>> {
  const [header, ...lines] = text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => line.split(/\s+/));
  if (header.join(' ') !== PERSONAS.join(' ')) throw new Error(`matrix header should be: ${PERSONAS.join(' ')}`);
  const rows = new Map<string, Record<Persona, Outcome>>();
  for (const [name, ...cells] of lines) {
    if (rows.has(name)) throw new Error(`matrix names ${name} twice`);
    if (cells.length !== PERSONAS.length || !cells.every((c) => (OUTCOMES as readonly string[]).includes(c))) {
      throw new Error(`matrix row ${name} needs one of ${OUTCOMES.join('/')} for each of ${PERSONAS.join(', ')}`);
    }
    rows.set(name, Object.fromEntries(PERSONAS.map((p, i) => [p, cells[i]])) as Record<Persona, Outcome>);
  }
  return rows;
}

const ROWS = parseMatrix(MATRIX);
const ACTIONS = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => `${fn.name}.${a}`));

type Staff = Exclude<Persona, 'anon' | 'owner' | 'other'>;
interface World {
  t: TestHost;
  staff: Record<Staff, string>;
}

async function startWorld(): Promise<World> {
  const t = await startTestHost();
  // Under jest a QR takes up to a second to draw (20 ms in plain Node); who may ask for one does not depend on it.
  t.host.runtime.qrcodes = { create: async () => Buffer.from(PNG_1PX, 'base64') };
  const staff = {
    'org-': await otherUnitOrganizer(t),
    org: await t.signIn('organizer'),
    'hdl-': await otherChannelHandler(t),
    hdl: await t.signIn('handler'),
    admin: await t.signIn('admin'),
  };
  return { t, staff };
}

function tokenOf({ staff }: World, persona: Persona, f: Owned): string | undefined {
  if (persona === 'anon') return undefined;
  if (persona === 'owner') return f.owner.token;
  if (persona === 'other') return f.other.token;
  return staff[persona];
}

/** Allowed answers hold the owner's data only for those who may see it; the full phone only for the owner and reveals. */
function expectNoLeak(cell: string, name: string, persona: Persona, f: Owned, answer: string) {
  if (persona !== 'owner' && !REVEALS.includes(name) && answer.includes(f.owner.phone)) {
    throw new Error(`${cell}: the answer holds the owner's full phone number`);
  }
  const sees = SEES[name.split('.')[0]] ?? ['owner', 'admin'];
  if (sees.includes(persona)) return;
  const leaked = [f.owner.openid, f.owner.name, ...f.privateIds].filter((secret) => answer.includes(secret));
  if (leaked.length) throw new Error(`${cell}: the answer holds the owner's ${leaked.join(', ')}`);
}

describe('authorization matrix', () => {
  it('has exactly one row for every action of every cloud function', () => {
    expect({
      missing: ACTIONS.filter((a) => !ROWS.has(a)),
      unknown: [...ROWS.keys()].filter((a) => !ACTIONS.includes(a)),
    }).toEqual({ missing: [], unknown: [] });
  });

  // A host per row: an allowed call may change the caller's own account (an invitation
  // redeemed, their data deleted), and that must not decide any other row.
  describe.each([...ROWS])('%s', (name, row) => {
    const [fn, action] = name.split('.');
    const suite = SUITES[fn] ?? PLAIN;
    let world: World;
    beforeAll(async () => {
      world = await startWorld();
    });
    afterAll(() => world.t.stop());

    const cells = PERSONAS.map((persona) => ({ persona, label: LABELS[persona], expected: row[persona] }));
    it.each(cells)('× $label → $expected', async ({ persona, label, expected }) => {
      const { t } = world;
      const f = await suite.setup(t);
      const token = tokenOf(world, persona, f);
      const payload = await suite.payloads[action]?.(f, { t, token });
      const { status, body } = await t.call(fn, { action, payload }, token);
      const cell = `${name} × ${label}`;
      const got = body.ok ? 'ok' : `${status} ${body.error.code}`;
      const want = expected === 'ok' ? 'ok' : `${expected} ${CODES[expected]}`;
      if (got !== want) throw new Error(`${cell}: expected ${want}, got ${got}: ${JSON.stringify(body).slice(0, 300)}`);
      if (body.ok) expectNoLeak(cell, name, persona, f, JSON.stringify(body.data));
    });
  });

  describe('what nobody else reads', () => {
    let t: TestHost;
    let staff: World['staff'];
    beforeAll(async () => {
      ({ t, staff } = await startWorld());
    });
    afterAll(() => t.stop());

    const call = async <T>(fn: string, action: string, payload: unknown, token?: string) =>
      (await t.call<T>(fn, { action, payload }, token)).body;
    const answer = async (fn: string, action: string, payload: unknown, token?: string) =>
      JSON.stringify(await call(fn, action, payload, token));

    it("another citizen's lists never hold the owner's sign-ups, reports or check-ins", async () => {
      const fixtures = { events: eventsFixture, reports: reportsFixture, checkins: checkinsFixture };
      for (const [fn, setup] of Object.entries(fixtures)) {
        const f = await setup(t);
        expect(await call(fn, 'mine', undefined, f.other.token)).toEqual({ ok: true, data: [] });
        expect(await answer(fn, 'mine', undefined, f.owner.token)).toContain(f.privateIds[0]);
      }
    });

    it("answers someone else's report exactly like a missing one", async () => {
      const f = await reportsFixture(t);
      const theirs = await call('reports', 'getMine', { id: f.reportId }, f.other.token);
      expect(theirs).toEqual(await call('reports', 'getMine', { id: 'no-such-report' }, f.other.token));
    });

    it('shows the organizer masked phones only, and the full number through the reveal alone', async () => {
      const f = await eventsFixture(t);
      const other = signUpPayload(f.sessionId, { phone: '13700001234' });
      dataOf(await t.call('events', { action: 'signUp', payload: other }, f.other.token));
      const overview = await call<EventAdminView>('events', 'overview', { eventId: f.eventId }, staff.org);
      expect(JSON.stringify(overview)).not.toContain(f.owner.phone);
      expect(JSON.stringify(overview)).not.toContain(other.phone);
      const rows = dataOf({ body: overview }).registrations;
      expect(rows.map((r) => r.phoneMasked)).toEqual([`139****${f.owner.phone.slice(-4)}`, '137****1234']);
      for (const row of rows) expect(row).not.toHaveProperty('phone');
      // The search takes the tail the mask shows; a longer one would read the hidden digits past the logged reveal.
      const search = async (query: string) =>
        dataOf({ body: await call<EventAdminView>('events', 'overview', { eventId: f.eventId, query }, staff.org) });
      expect((await search(f.owner.phone.slice(-4))).registrations).toHaveLength(1);
      for (const tail of [5, 8, 11]) expect((await search(f.owner.phone.slice(-tail))).registrations).toEqual([]);
      const payload = { registrationId: f.registrationId };
      expect((await t.call('events', { action: 'revealPhone', payload }, staff['org-'])).status).toBe(403);
      expect(await call('events', 'revealPhone', payload, staff.org)).toEqual({
        ok: true,
        data: { phone: f.owner.phone },
      });
    });

    it("keeps a reporter's openid from every handler, and an anonymous reporter's contact from everyone", async () => {
      const f = await reportsFixture(t);
      await deliverVerdicts(t, f.pendingReportId);
      for (const token of [staff.hdl, staff.admin]) {
        for (const id of [f.reportId, f.pendingReportId]) {
          const detail = await call<object>('reports', 'detail', { id }, token);
          expect(JSON.stringify(detail)).not.toContain(f.owner.openid);
          expect(dataOf({ body: detail })).not.toHaveProperty('openid');
          expect(dataOf({ body: detail })).not.toHaveProperty('ownerKey');
        }
        const anonymous = dataOf({ body: await call<object>('reports', 'detail', { id: f.pendingReportId }, token) });
        expect(anonymous).toMatchObject({ anonymous: true });
        expect(anonymous).not.toHaveProperty('contact');
        const reveal = await call('reports', 'revealContact', { id: f.pendingReportId }, token);
        expect(reveal).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(await answer('reports', 'queue', {}, token)).not.toContain(f.owner.openid);
      }
      for (const token of [staff['hdl-'], staff.org, f.other.token]) {
        expect((await t.call('reports', { action: 'detail', payload: { id: f.pendingReportId } }, token)).status).toBe(
          403,
        );
      }
    });

    it("lets no organizer check in another unit's sign-up through an event of their own", async () => {
      const f = await eventsFixture(t);
      const { eventId } = await createEvent(t, staff['org-']);
      const byTicket = await call('events', 'checkIn', { eventId, ticket: f.ticket }, staff['org-']);
      const byId = await call('events', 'checkInManual', { eventId, registrationId: f.registrationId }, staff['org-']);
      for (const refused of [byTicket, byId]) {
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'conflict', message: '这张票不属于本活动，请核对活动' },
        });
      }
      const mine = dataOf({ body: await call<MyRegistration[]>('events', 'mine', undefined, f.owner.token) });
      expect(mine).toEqual([expect.objectContaining({ _id: f.registrationId, status: 'confirmed' })]);
    });

    it("lets nobody's 删除我的数据 touch anyone else's data", async () => {
      const f = await privacyFixture(t);
      const counts = { signUps: { total: 1, upcoming: 1 }, checkins: 1, reports: { total: 2, realName: 1 } };
      for (const token of [f.other.token, ...Object.values(staff)]) {
        expect(await call('privacy', 'deleteMyData', { confirm: true }, token)).toMatchObject({ ok: true });
      }
      expect(await call('privacy', 'myData', undefined, f.owner.token)).toMatchObject({ ok: true, data: counts });
      const lists = ['events', 'reports', 'checkins'].map((fn) => answer(fn, 'mine', undefined, f.owner.token));
      const mine = (await Promise.all(lists)).join();
      for (const id of f.privateIds) expect(mine).toContain(id);
    });

    it('lists the event and activity to no other unit, and the report to no other channel', async () => {
      const [event, activity, report] = [await eventsFixture(t), await checkinsFixture(t), await reportsFixture(t)];
      expect(await answer('events', 'managed', undefined, staff['org-'])).not.toContain(event.eventId);
      expect(await answer('checkins', 'listMine', undefined, staff['org-'])).not.toContain(activity.activityId);
      expect(await answer('reports', 'queue', {}, staff['hdl-'])).not.toContain(report.reportId);
      expect(await answer('events', 'managed', undefined, staff.org)).toContain(event.eventId);
      expect(await answer('checkins', 'listMine', undefined, staff.org)).toContain(activity.activityId);
      expect(await answer('reports', 'queue', {}, staff.hdl)).toContain(report.reportId);
    });
  });
});
