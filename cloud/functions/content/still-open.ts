import type { StillOpen } from '@domain/content/campaign';
import type { SafetyEvent, Session } from '@domain/events/types';
import { campaignClosed } from '@domain/quiz/rules';
import type { Question } from '@domain/quiz/types';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';
import { campaignOf } from '../quiz/campaign';

/**
 * What a resident can still do at `now` (ms) outside June, for the home page's
 * notice: the earliest session of an open 咨询日 event that has not begun
 * (sign-ups close when a session starts), and whether the quiz takes rounds
 * today. Three reads side by side, then one for the sessions; only asked
 * outside June, when the home page says it.
 */
export async function stillOpen(runtime: Runtime, now: number): Promise<StillOpen> {
  const { store } = runtime;
  const [events, campaign, questions] = await Promise.all([
    store.find<SafetyEvent>(COLLECTIONS.events, { status: 'open' }, { orderBy: [['createdAt', 'desc']], limit: 100 }),
    campaignOf(runtime),
    store.find<Question>(COLLECTIONS.quizQuestions, { status: 'active' }, { limit: 1 }),
  ]);
  const [next] = events.length
    ? await store.find<Session>(
        COLLECTIONS.sessions,
        { eventId: { $in: events.map((e) => e._id) }, startAt: { $gt: now } },
        { orderBy: [['startAt', 'asc']], limit: 1 },
      )
    : [];
  const window = campaign ? { from: campaign.from, to: campaign.to } : null;
  return {
    nextSignUpAt: next?.startAt ?? null,
    quiz: questions.length > 0 && campaignClosed(window, now) === null,
    quizUntil: window?.to ?? null,
  };
}
