import type { SafetyEvent, Session } from '@domain/events/types';
import { chinaDayStart } from '@domain/common/china-time';
import { nextConsultationDay } from '@domain/common/picked-dates';
import { encodeScene } from '@domain/events/rules';
import { DEV_USERS } from '../adapters/local/runtime';
import { COLLECTIONS } from '../core/collections';

const UNIT = '示范街道办事处';
const EVENT_ID = 'demo616';
/**
 * The 安全宣传咨询日 main venue as seed 000 §2.2 describes it: a consultation
 * zone, a hands-on experience zone and the afternoon show. It is dated on the
 * next 6·16 from the first start, so someone trying a fresh `npm start` can
 * sign up rather than meet an event that ended months ago.
 */
export function demoEventDocs(now: number): { collection: string; doc: { _id: string } }[] {
  const day = nextConsultationDay(now);
  /** Beijing time on that day. */
  const at = (hour: number, minute = 0) => chinaDayStart(day) + (hour * 60 + minute) * 60_000;
  const event: SafetyEvent = {
    _id: EVENT_ID,
    title: `${day.slice(0, 4)}年“安全宣传咨询日”示范街道主会场`,
    unit: UNIT,
    venue: { name: '示范街道文化广场', address: '示范街道人民路 88 号', latitude: 39.9087, longitude: 116.3975 },
    status: 'open',
    allowGroups: true,
    notes: '现场设咨询区、互动体验区和安全主题文艺表演。请凭报名票码入场签到，体验区名额有限，满额可候补。',
    scene: encodeScene(EVENT_ID) ?? EVENT_ID,
    createdBy: DEV_USERS.organizer,
    createdAt: now,
    updatedAt: now,
  };
  const session = (
    id: string,
    order: number,
    fields: Pick<Session, 'title' | 'zone' | 'startAt' | 'endAt' | 'capacity'>,
  ): Session => ({
    _id: `${EVENT_ID}-${id}`,
    eventId: EVENT_ID,
    unit: UNIT,
    ...fields,
    seatsLeft: fields.capacity,
    waitlistEnabled: true,
    waitlisted: 0,
    checkedIn: 0,
    order,
  });
  const sessions = [
    session('consult', 0, { title: '安全生产咨询', zone: '咨询区', startAt: at(9), endAt: at(11, 30), capacity: 200 }),
    session('experience', 1, {
      title: '安全防护设备体验',
      zone: '互动体验区',
      startAt: at(9, 30),
      endAt: at(11, 30),
      capacity: 60,
    }),
    session('show', 2, {
      title: '安全主题文艺表演',
      zone: '主舞台',
      startAt: at(14, 30),
      endAt: at(16),
      capacity: 300,
    }),
  ];
  return [
    { collection: COLLECTIONS.events, doc: event },
    ...sessions.map((doc) => ({ collection: COLLECTIONS.sessions, doc })),
  ];
}
