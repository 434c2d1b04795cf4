import { createEvent, eventInput } from '../test/support/events';
import { signUpBurst } from '../test/support/events-burst';
import { startTestHost } from '../test/support/local-host';
import { percentile, type Figures } from './measure';

/** The venue moment: 1,000 distinct citizens sign up at a 200-seat session at once, over HTTP. */
export async function eventsBurst(): Promise<Figures[]> {
  const t = await startTestHost();
  const organizer = await t.signIn('organizer');
  const { sessionId } = await createEvent(t, organizer, eventInput({}, { capacity: 200, waitlistEnabled: true }));
  const { latencies, seconds } = await signUpBurst(t, sessionId, 1000);
  await t.stop();
  latencies.sort((a, b) => a - b);
  return [
    {
      label: 'http: events.signUp burst (1000 → 200 seats)',
      count: latencies.length,
      seconds,
      perSecond: latencies.length / seconds,
      p50ms: percentile(latencies, 50),
      p95ms: percentile(latencies, 95),
    },
  ];
}
