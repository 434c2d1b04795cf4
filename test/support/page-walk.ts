/**
 * Every route of the route table (src/services/routes.ts) with real data behind
 * it, for the screenshot script and the "no internals on screen" walk: an event
 * with a sign-up, a 七进 activity with a check-in, a report a handler accepted,
 * an invitation redeemed under a name.
 */
import { ROUTING_RULES, DEFAULT_RULE } from '@domain/reports/routing';
import { routes } from '../../src/services/routes';
import { codeAt, createActivity } from './checkins';
import { createEvent, dataOf, signInWithOpenid, signUpPayload } from './events';
import type { DevRole, DevSession, TestHost } from './local-host';
import { deliverVerdicts, ok, submitReport } from './reports';

export interface WalkData {
  /** The signed-in person of each role who made the data; the browser signs in as them. */
  sessions: Record<DevRole, DevSession>;
  eventId: string;
  activityId: string;
  reportId: string;
  articleId: string;
  /** Every openid the data was made with: none of them may appear on a page. */
  openids: string[];
}

const ROLES = ['citizen', 'organizer', 'handler', 'admin'] as const;

export async function walkData(t: TestHost): Promise<WalkData> {
  const list = await Promise.all(ROLES.map((r) => signInWithOpenid(t, r)));
  const sessions = Object.fromEntries(ROLES.map((r, i) => [r, list[i]])) as Record<DevRole, DevSession>;
  const [citizen, organizer, handler, admin] = list.map((s) => s.token);
  const { eventId, sessionId } = await createEvent(t, organizer);
  dataOf(await t.call('events', { action: 'signUp', payload: signUpPayload(sessionId) }, citizen));
  const activity = await createActivity(t, organizer);
  const checkIn = { activityId: activity._id, code: codeAt(t, activity._id).code, name: '李四', org: '示范社区居民' };
  dataOf(await t.call('checkins', { action: 'checkIn', payload: checkIn }, citizen));
  const report = ok((await submitReport(t, citizen)).body);
  await deliverVerdicts(t, report._id);
  const accept = { id: report._id, to: 'accepted', note: '已受理，安排现场核查' };
  dataOf(await t.call('reports', { action: 'transition', payload: accept }, handler));
  // A person who joined by invitation is named by the 受邀人 the admin wrote.
  const invited = await signInWithOpenid(t, 'citizen');
  const invite = { role: 'organizer', unit: '城南社区', note: '城南社区 王主任' };
  const { code } = dataOf(await t.call<{ code: string }>('admin', { action: 'createInvite', payload: invite }, admin));
  dataOf(await t.call('admin', { action: 'redeemInvite', payload: { code } }, invited.token));
  const openids = [...list.map((s) => s.openid), invited.openid];
  return { sessions, eventId, activityId: activity._id, reportId: report._id, articleId: 'ebike-charging', openids };
}

export interface WalkPage {
  /** The route table's key, kebab-cased: the screenshot's file name. */
  name: string;
  route: string;
  /** Who the screenshot shows it to. */
  role: DevRole;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Each route of the table once, with an id where it takes one, as the role it is for. */
export function walkPages(d: WalkData): WalkPage[] {
  const ids: Record<string, string> = {
    article: d.articleId,
    editArticle: d.articleId,
    editTheme: '2026',
    handlerReport: d.reportId,
    reportDone: d.reportId,
    editActivity: d.activityId,
    activityLive: d.activityId,
    event: d.eventId,
    editEvent: d.eventId,
    eventAdmin: d.eventId,
    eventPoster: d.eventId,
  };
  return Object.entries(routes).map(([key, value]) => {
    const route = typeof value === 'function' ? (value as (id: string) => string)(ids[key] ?? '') : value;
    const role: DevRole = route.startsWith('/packageOrganizer')
      ? 'organizer'
      : route.startsWith('/packageHandler')
        ? 'handler'
        : route.startsWith('/packageAdmin')
          ? 'admin'
          : 'citizen';
    return { name: kebab(key), route, role };
  });
}

/** What must never be on a page: an openid, a routing rule id (as in "（规则 ebike）") or a seeds/ path. */
export function internalsIn(text: string, d: WalkData): string[] {
  const found = d.openids.filter((o) => text.includes(o));
  for (const rule of [...ROUTING_RULES, DEFAULT_RULE]) {
    if (new RegExp(`(^|[^A-Za-z0-9_-])${rule.id}($|[^A-Za-z0-9_-])`).test(text)) found.push(`rule ${rule.id}`);
  }
  if (/seeds\//.test(text)) found.push('seeds/ path');
  if (/规则\s*[a-z]/.test(text)) found.push('规则 id');
  return found;
}
