/**
 * For the authorization matrix: per cloud function, a fresh fixture owned by a fresh
 * citizen (their sign-up, report or check-in, in an event or activity of the seeded
 * organizer's unit), and per action a valid payload aimed at it.
 */
import { chinaDay } from '@domain/common/china-time';
import type { Article, Theme } from '@domain/content/types';
import type { Question } from '@domain/quiz/types';
import { COLLECTIONS } from '../../cloud/core/collections';
import { activityPayload, codeAt, createActivity } from './checkins';
import { createEvent, dataOf, eventInput, signInWithOpenid, signUpPayload } from './events';
import type { TestHost } from './local-host';
import { deliverVerdicts, newClientKey, reportPayload, submitReport, uploadPhotos } from './reports';
import { answersFor, bankFile, chinaToday, handIn, newQuestion, startRound, unitCodeOf } from './quiz';

/** The seeded organizer's unit, which owns every fixture event and activity. */
const OWNING_UNIT = '示范街道办事处';
/**
 * Another channel than the fixtures' reports (危化品储存, routed to 12350): its own handler (hdl-) holds it alone.
 * The seeded demo handler answers every routed channel, 12350 and this one too; the matrix's refusals are hdl-'s.
 */
const OTHER_CHANNEL = '96119';

export interface Person {
  openid: string;
  token: string;
}

export interface Owned {
  /** Their name and phone are unique to this fixture, so an answer that contains them leaked them. */
  owner: Person & { name: string; phone: string };
  /** A different fresh citizen. */
  other: Person;
  /** The ids of the owner's own rows (they embed the openid or name the owner's report). */
  privateIds: string[];
}

export interface PayloadContext {
  t: TestHost;
  token?: string;
}

export interface Suite<F extends Owned = Owned> {
  setup(t: TestHost): Promise<F>;
  /** Actions without an entry take no payload. */
  payloads: Record<string, (f: F, context: PayloadContext) => unknown>;
}

let serial = 0;

async function owned(t: TestHost): Promise<Owned> {
  serial += 1;
  const n = String(serial).padStart(5, '0');
  const [owner, other] = await Promise.all([signInWithOpenid(t, 'citizen'), signInWithOpenid(t, 'citizen')]);
  // Chinese numerals in the name, so a search by the phone's digits never matches it.
  const name = `业主${n.replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)])}`;
  return { owner: { ...owner, name, phone: `139${n.padStart(8, '0')}` }, other, privateIds: [] };
}

// Each suite's fixture type stays local; the table only needs the common part.
const suite = <F extends Owned>(s: Suite<F>) => s as unknown as Suite;

const content = suite({
  async setup(t) {
    const [article] = await t.host.runtime.store.find<Article>(COLLECTIONS.articles, {}, { limit: 1 });
    return { ...(await owned(t)), articleId: article._id };
  },
  payloads: {
    listArticles: () => ({}),
    getArticle: (f) => ({ id: f.articleId }),
    createArticle: () => ({
      title: '家用灭火器放哪里',
      topic: '消防安全',
      summary: '放在取用方便处。',
      body: '放在门口。',
    }),
    // The article as it stands (same text, current version): only who may save it is in question.
    async updateArticle(f, { t }) {
      const a = await t.host.runtime.store.get<Article>(COLLECTIONS.articles, f.articleId);
      if (!a) throw new Error('seeded article missing');
      const body = a.paragraphs.join('\n\n');
      return { id: a._id, version: a.version, title: a.title, topic: a.topic, summary: a.summary, body };
    },
    // The theme as it stands (current version): only who may save it is in question.
    async updateTheme(_f, { t }) {
      const theme = await t.host.runtime.store.get<Theme>(COLLECTIONS.themes, '2026');
      if (!theme) throw new Error('seeded theme missing');
      const { year, ordinal, title, source, period, keyDates, keyActivities } = theme;
      const edit = { year, ordinal, title, source, period, keyDates, keyActivities };
      return { id: theme._id, version: theme.version ?? 1, ...edit };
    },
  },
});

/** A person the admin manages: granted handler of the other channel. */
async function adminFixture(t: TestHost) {
  const base = await owned(t);
  const grant = { openid: base.owner.openid, roles: ['handler'], channels: [OTHER_CHANNEL] };
  dataOf(await t.call('admin', { action: 'grantRole', payload: grant }, await t.signIn('admin')));
  return base;
}

/** An open invitation, made only for the rows that spend one. */
async function openInvite(t: TestHost) {
  const payload = { role: 'handler', channels: [OTHER_CHANNEL], note: '消防救援站 值班员' };
  const token = await t.signIn('admin');
  return dataOf(
    await t.call<{ invite: { _id: string }; code: string }>('admin', { action: 'createInvite', payload }, token),
  );
}

const admin = suite({
  setup: adminFixture,
  payloads: {
    grantRole: (f) => ({ openid: f.owner.openid, roles: ['organizer'], unit: OWNING_UNIT }),
    revokeRole: (f) => ({ openid: f.owner.openid, role: 'handler' }),
    createInvite: () => ({ role: 'organizer', unit: OWNING_UNIT, note: '示范社区 王主任' }),
    revokeInvite: async (_f, { t }) => ({ id: (await openInvite(t)).invite._id }),
    // Each signed-in person redeems for themselves: it changes only the caller's own roles.
    redeemInvite: async (_f, { t }) => ({ code: (await openInvite(t)).code }),
  },
});

/** The owner's sign-up to a new event of the owning unit. */
export async function eventsFixture(t: TestHost, existing?: Owned) {
  const base = existing ?? (await owned(t));
  const organizer = await t.signIn('organizer');
  const { eventId, sessionId } = await createEvent(t, organizer);
  const payload = signUpPayload(sessionId, { name: base.owner.name, phone: base.owner.phone });
  const mine = dataOf(
    await t.call<{ _id: string; ticket: string }>('events', { action: 'signUp', payload }, base.owner.token),
  );
  return { ...base, privateIds: [mine._id], eventId, sessionId, registrationId: mine._id, ticket: mine.ticket };
}

/**
 * A ticket is checked in only within its session's window: the week-ahead session
 * has come round (it began a minute ago), as the clock would have it on the day.
 */
async function sessionUnderWay(t: TestHost, sessionId: string) {
  const startAt = Date.now() - 60_000;
  await t.host.runtime.store.update(COLLECTIONS.sessions, sessionId, {
    set: { startAt, endAt: startAt + 2 * 3600_000 },
  });
}

const events = suite({
  setup: eventsFixture,
  payloads: {
    open: (f) => ({ id: f.eventId }),
    // Everyone signs up themselves: the action never acts for someone else.
    signUp: (f) => signUpPayload(f.sessionId),
    cancel: (f) => ({ registrationId: f.registrationId }),
    save: (f) => {
      const input = eventInput();
      return { ...input, id: f.eventId, sessions: [{ ...input.sessions[0], id: f.sessionId }] };
    },
    edit: (f) => ({ eventId: f.eventId }),
    close: (f) => ({ eventId: f.eventId }),
    reopen: (f) => ({ eventId: f.eventId }),
    overview: (f) => ({ eventId: f.eventId }),
    revealPhone: (f) => ({ registrationId: f.registrationId }),
    checkIn: async (f, { t }) => {
      await sessionUnderWay(t, f.sessionId);
      return { eventId: f.eventId, ticket: f.ticket };
    },
    checkInManual: async (f, { t }) => {
      await sessionUnderWay(t, f.sessionId);
      return { eventId: f.eventId, registrationId: f.registrationId };
    },
    // Checked in at the desk first (by the event's organizer), so there is a check-in to undo.
    async undoCheckIn(f, { t }) {
      await sessionUnderWay(t, f.sessionId);
      const payload = { eventId: f.eventId, registrationId: f.registrationId };
      const row = dataOf(
        await t.call<{ checkedInAt: number }>(
          'events',
          { action: 'checkInManual', payload },
          await t.signIn('organizer'),
        ),
      );
      return { ...payload, checkedInAt: row.checkedInAt };
    },
    poster: (f) => ({ eventId: f.eventId }),
  },
});

/**
 * The owner's real-name report that passed content security (what handlers work on), and
 * their anonymous one whose photo is still being checked (what moderation decides on); both go to 12350.
 */
export async function reportsFixture(t: TestHost, existing?: Owned) {
  const base = existing ?? (await owned(t));
  const contact = { name: base.owner.name, phone: base.owner.phone };
  const report = dataOf(await submitReport(t, base.owner.token, { contact }));
  await deliverVerdicts(t, report._id);
  const pending = dataOf(await submitReport(t, base.owner.token, { anonymous: true, contact: undefined }));
  const [check] = await t.host.runtime.store.find<{ _id: string }>(COLLECTIONS.reportMediaChecks, {
    reportId: pending._id,
  });
  return {
    ...base,
    privateIds: [report._id, pending._id],
    reportId: report._id,
    pendingReportId: pending._id,
    pendingTraceId: check._id,
  };
}

const reports = suite({
  setup: reportsFixture,
  payloads: {
    photoTicket: () => ({ clientKey: newClientKey() }),
    // Everyone files their own report with their own photo.
    async submit(_f, { t, token }) {
      const clientKey = newClientKey();
      return reportPayload(clientKey, token ? await uploadPhotos(t, token, clientKey) : []);
    },
    getMine: (f) => ({ id: f.reportId }),
    // The fixture's report is fresh: backdate it past its handling time so the owner may 催办.
    async urge(f, { t }) {
      await t.host.runtime.store.update(COLLECTIONS.hazardReports, f.reportId, { set: { createdAt: 0 } });
      return { id: f.reportId };
    },
    async rate(f, { t }) {
      await t.host.runtime.store.update(COLLECTIONS.hazardReports, f.reportId, { set: { status: 'closed' } });
      return { id: f.reportId, level: 'satisfied', comment: '处理及时' };
    },
    queue: () => ({}),
    detail: (f) => ({ id: f.reportId }),
    transition: (f) => ({ id: f.reportId, to: 'accepted', note: '已受理，安排现场核查' }),
    setSeverity: (f) => ({ id: f.reportId, severity: 'major', note: '危化品存放点旁有明火' }),
    // The fixtures' reports go to 12350; a 城镇燃气 matter belongs to 12345.
    reroute: (f) => ({ id: f.reportId, channelId: '12345', reason: '属城镇燃气，转 12345 派单' }),
    revealContact: (f) => ({ id: f.reportId }),
    overview: () => ({}),
    moderate: (f) => ({ id: f.pendingReportId, decision: 'pass', note: '照片内容正常' }),
    mediaVerdict: (f) => ({ traceId: f.pendingTraceId, suggest: 'pass' }),
  },
});

const statsPayload = () => {
  const today = chinaDay(Date.now());
  return { unit: OWNING_UNIT, from: today, to: today };
};

/** The owner's check-in at a new activity of the owning unit. */
export async function checkinsFixture(t: TestHost, existing?: Owned) {
  const base = existing ?? (await owned(t));
  const organizer = await t.signIn('organizer');
  const activity = await createActivity(t, organizer);
  const payload = { activityId: activity._id, code: codeAt(t, activity._id).code, name: base.owner.name, org: '居民' };
  const mine = dataOf(
    await t.call<{ checkin: { _id: string } }>('checkins', { action: 'checkIn', payload }, base.owner.token),
  );
  return { ...base, privateIds: [mine.checkin._id], activityId: activity._id, checkinId: mine.checkin._id };
}

const checkins = suite({
  setup: checkinsFixture,
  payloads: {
    create: () => activityPayload(),
    update: (f) => ({ id: f.activityId, ...activityPayload({ title: '社区消防疏散演练（改）' }) }),
    get: (f) => ({ id: f.activityId }),
    liveCode: (f) => ({ id: f.activityId }),
    live: (f) => ({ id: f.activityId }),
    // Everyone checks themselves in.
    checkIn: (f, { t }) => ({
      activityId: f.activityId,
      code: codeAt(t, f.activityId).code,
      name: '路人',
      org: '居民',
    }),
    addManual: (f) => ({ activityId: f.activityId, name: '李四', org: '示范社区居民' }),
    remove: (f) => ({ id: f.checkinId, reason: '重复签到' }),
    stats: () => statsPayload(),
  },
});

/** The owner's sign-up and check-in, in an event and an activity of the owning unit: what the exports list. */
export async function exportsFixture(t: TestHost) {
  const base = await owned(t);
  const event = await eventsFixture(t, base);
  const activity = await checkinsFixture(t, base);
  return { ...event, ...activity, privateIds: [...event.privateIds, ...activity.privateIds] };
}

const exportFiles = suite({
  // The 答题 bank's file actions need a question of the bank too.
  setup: async (t) => ({ ...(await exportsFixture(t)), question: (await quizFixture(t)).question }),
  payloads: {
    importBank: async (f) => ({ data: await bankFile([f.question]) }),
    attendance: (f) => ({ id: f.activityId }),
    signUpList: (f) => ({ eventId: f.eventId }),
    stats: () => statsPayload(),
  },
});

/** An owner with a sign-up, two reports and a check-in: all that 删除我的数据 could touch. */
export async function privacyFixture(t: TestHost) {
  const base = await owned(t);
  const rows = [await eventsFixture(t, base), await reportsFixture(t, base), await checkinsFixture(t, base)];
  return { ...base, privateIds: rows.flatMap((r) => r.privateIds) };
}

const privacy = suite({
  setup: privacyFixture,
  // Each caller deletes their own data: the owner's stays unless the owner asks.
  payloads: { deleteMyData: () => ({ confirm: true }) },
});

/** The owner's graded round and their open one, both counted for the owning unit (from its QR code). */
async function quizFixture(t: TestHost) {
  const base = await owned(t);
  const { code } = await unitCodeOf(t, await t.signIn('organizer'));
  const graded = await startRound(t, base.owner.token, code);
  dataOf(await handIn(t, base.owner.token, graded.roundId, await answersFor(t, graded, 7)));
  const open = await startRound(t, base.owner.token, code);
  const [question] = await t.host.runtime.store.find<Question>(COLLECTIONS.quizQuestions, {}, { limit: 1 });
  return { ...base, privateIds: [graded.roundId, open.roundId], graded, open, question };
}

const quiz = suite({
  setup: quizFixture,
  payloads: {
    entry: () => ({}),
    start: () => ({}),
    // Only the owner's own open round; others are told it does not exist.
    submit: async (f, { t }) => ({ roundId: f.open.roundId, answers: await answersFor(t, f.open) }),
    result: (f) => ({ roundId: f.graded.roundId }),
    saveQuestion: () => newQuestion(),
    retireQuestion: (f) => ({ id: f.question._id, retired: true }),
    setCampaign: () => ({ from: '2020-01-01', to: '2099-12-31' }),
    stats: () => ({ ...statsPayload(), from: chinaToday(), to: chinaToday() }),
  },
});

/** A citizen granted handler of another channel only, through the real admin action. */
export async function otherChannelHandler(t: TestHost): Promise<string> {
  const person = await signInWithOpenid(t, 'citizen');
  const payload = { openid: person.openid, roles: ['handler'], channels: [OTHER_CHANNEL] };
  dataOf(await t.call('admin', { action: 'grantRole', payload }, await t.signIn('admin')));
  return person.token;
}

/** A function not listed here gets a plain fixture (an owner and another citizen) and empty payloads. */
export const SUITES: Record<string, Suite> = {
  content,
  admin,
  events,
  reports,
  checkins,
  privacy,
  exports: exportFiles,
  quiz,
};
export const PLAIN: Suite = { setup: owned, payloads: {} };
