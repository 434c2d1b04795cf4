import type { StatsTable } from '@domain/activities/types';
import { chinaDay } from '@domain/common/china-time';
import type { UnitQuizStats } from '@domain/quiz/types';
import { ALL_UNITS } from '../../cloud/core/reporting-unit';
import { createActivity, ok, person, posterCode, refusal } from '../support/checkins';
import { otherUnitOrganizer } from '../support/events';
import { startTestHost, type TestHost } from '../support/local-host';

/**
 * The kind: an admin's account has no unit of its own (admins are named by
 * openid in the configuration), so figures asked for without a unit were a dead
 * end on 统计表 and 答题统计 ("未绑定单位"). An admin naming no unit reads every
 * unit's; an organizer still reads only their own.
 */
describe('an admin without a unit reads every unit’s figures', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.stop());

  it('统计表 and 答题统计 cover every unit for the admin, one unit for an organizer', async () => {
    const today = chinaDay(Date.now());
    const range = { from: today, to: today };
    const organizers = [await t.signIn('organizer'), await otherUnitOrganizer(t)];
    // One 进社区 activity and one check-in in each unit.
    for (const organizer of organizers) {
      const activity = await createActivity(t, organizer, { codeMode: 'poster' });
      const citizen = await t.signIn('citizen');
      ok(
        (
          await t.call(
            'checkins',
            { action: 'checkIn', payload: { ...person(1), scene: posterCode(t, activity._id).scene } },
            citizen,
          )
        ).body,
      );
    }
    const community = (table: StatsTable) => table.outreach.find((r) => r.kind === 'community');

    const admin = await t.signIn('admin');
    const all = ok((await t.call<StatsTable>('checkins', { action: 'stats', payload: range }, admin)).body);
    expect(all.unit).toBe(ALL_UNITS);
    expect(community(all)).toMatchObject({ sessions: 2, attendances: 2 });
    const quiz = ok((await t.call<UnitQuizStats>('quiz', { action: 'stats', payload: range }, admin)).body);
    expect(quiz.unit).toBe(ALL_UNITS);

    // Naming a unit still reads that one unit.
    const named = ok(
      (await t.call<StatsTable>('checkins', { action: 'stats', payload: { ...range, unit: '其他街道办事处' } }, admin))
        .body,
    );
    expect(community(named)).toMatchObject({ sessions: 1, attendances: 1 });

    const own = ok((await t.call<StatsTable>('checkins', { action: 'stats', payload: range }, organizers[0])).body);
    expect(own.unit).toBe('示范街道办事处');
    expect(community(own)).toMatchObject({ sessions: 1, attendances: 1 });
    const other = await t.call(
      'quiz',
      { action: 'stats', payload: { ...range, unit: '其他街道办事处' } },
      organizers[0],
    );
    expect(refusal(other.body as never).message).toBe('只能查看本单位的答题统计');
  });
});
