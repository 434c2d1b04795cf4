import { chinaTime } from '@domain/common/china-time';
import { empty } from '@domain/common/validation';
import { reminderWindow } from '@domain/events/rules';
import type { SafetyEvent, Registration, Session } from '@domain/events/types';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Runtime } from '../../core/runtime';

/** The template key of the before-session reminder (TEMPLATE_SESSION_REMINDER). */
export const REMINDER_TEMPLATE = 'session_reminder';

/**
 * Reminds every confirmed person of a session starting within the lead time.
 * `remindedAt` is claimed with a guarded update before sending, so overlapping
 * timer runs never remind anyone twice.
 */
export async function sendDueReminders(runtime: Runtime): Promise<{ sent: number }> {
  const now = runtime.clock.now();
  const { store } = runtime;
  const { after, until } = reminderWindow(now);
  const sessions = await store.find<Session>(COLLECTIONS.sessions, { startAt: { $gt: after, $lte: until } });
  let sent = 0;
  for (const session of sessions) {
    const event = await store.get<SafetyEvent>(COLLECTIONS.events, session.eventId);
    if (!event || event.status !== 'open') continue;
    const due = await store.find<Registration>(COLLECTIONS.registrations, {
      sessionId: session._id,
      status: 'confirmed',
      remindedAt: null,
    });
    for (const r of due) {
      const claimed = await store.update(
        COLLECTIONS.registrations,
        r._id,
        { set: { remindedAt: now } },
        { status: 'confirmed', remindedAt: null },
      );
      if (!claimed) continue;
      await runtime.notifications.send({
        toOpenid: r.openid,
        template: REMINDER_TEMPLATE,
        page: 'pages/registrations/index',
        data: {
          event: event.title.slice(0, 20),
          session: session.title.slice(0, 20),
          time: chinaTime(session.startAt),
          venue: event.venue.name.slice(0, 20),
        },
      });
      sent += 1;
    }
  }
  return { sent };
}

const sendReminders = action({
  role: 'admin',
  input: empty,
  run: (_input, { runtime }) => sendDueReminders(runtime),
});

export const reminderActions = { sendReminders };
