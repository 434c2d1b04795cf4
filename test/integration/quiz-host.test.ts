/**
 * Issue 14 on the real host: rounds graded once on the server, refusals that
 * count nothing, the 统计表's 网络知识答题 row moving by one 人次 per person per
 * day, the bank's editor and its XLSX round trip.
 */
import type { StatsTable } from '@domain/activities/types';
import type { Question, QuizDay, QuizEntry, QuizRound, UnitQuizStats } from '@domain/quiz/types';
import { ROUND_LIMIT_MS } from '@domain/quiz/rules';
import { COLLECTIONS } from '../../cloud/core/collections';
import { dataOf } from '../support/events';
import { startTestHost, type TestHost } from '../support/local-host';
import { answersFor, bankFile, chinaToday, handIn, newQuestion, startRound, unitCodeOf } from '../support/quiz';
import { readSheet } from '../support/checkins';

const UNIT = '示范街道办事处';
let clock = Date.UTC(2026, 5, 16, 2); // 2026-06-16 10:00 China time
let t: TestHost;
let organizer: string;
let code: string;

beforeAll(async () => {
  t = await startTestHost({ now: () => clock });
  organizer = await t.signIn('organizer');
  ({ code } = await unitCodeOf(t, organizer));
});
afterAll(() => t.stop());

const rows = async () => ({
  rounds: await t.host.runtime.store.find<QuizRound>(COLLECTIONS.quizRounds, {}),
  days: await t.host.runtime.store.find<QuizDay>(COLLECTIONS.quizDays, {}),
});
const quizRow = async (day = chinaToday(clock)) =>
  dataOf(await t.call<StatsTable>('checkins', { action: 'stats', payload: { from: day, to: day } }, organizer)).quiz;

describe('a round', () => {
  it('opens from the unit QR naming the unit, and never sends the key before hand-in', async () => {
    const citizen = await t.signIn('citizen');
    const { scene } = await unitCodeOf(t, organizer);
    const entry = dataOf(await t.call<QuizEntry>('quiz', { action: 'entry', payload: { scene } }, citizen));
    expect(entry.unit).toEqual({ code, name: UNIT });
    const round = await startRound(t, citizen, code);
    expect(round.questions).toHaveLength(10);
    expect(round.deadline - round.startedAt).toBe(ROUND_LIMIT_MS);
    for (const q of round.questions) expect(Object.keys(q).sort()).toEqual(['_id', 'kind', 'options', 'stem', 'topic']);
    expect(JSON.stringify(round)).not.toMatch(/answer|explanation|source/);
  });

  it('is graded on the server: score, the key, explanations and sources come back at hand-in', async () => {
    const citizen = await t.signIn('citizen');
    const round = await startRound(t, citizen, code);
    const result = dataOf(await handIn(t, citizen, round.roundId, await answersFor(t, round, 9)));
    expect(result).toMatchObject({ score: 90, correct: 9, total: 10, best: 90, unit: UNIT });
    for (const q of result.questions) {
      expect(q.explanation.length).toBeGreaterThan(10);
      expect(q.source).toMatch(/《|标准|规定|指南|部门|方案|号码|科普|常识|电话|分类/);
    }
    expect(result.questions.filter((q) => q.right)).toHaveLength(9);
  });
});

describe('refused hand-ins count nothing', () => {
  it('refuses a second hand-in, a late one and answers to questions it was not given, with Chinese messages', async () => {
    const citizen = await t.signIn('citizen');
    const first = await startRound(t, citizen, code);
    dataOf(await handIn(t, citizen, first.roundId, await answersFor(t, first)));
    const before = { ...(await rows()), row: await quizRow() };

    const twice = await handIn(t, citizen, first.roundId, await answersFor(t, first, 0));
    expect(twice.body).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching('已经交卷') },
    });

    const foreign = await startRound(t, citizen, code);
    const other = await startRound(t, citizen, code);
    const mixed = [...(await answersFor(t, foreign)).slice(1), (await answersFor(t, other))[0]];
    expect((await handIn(t, citizen, foreign.roundId, mixed)).body).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching('本轮以外的题目') },
    });

    const late = await startRound(t, citizen, code);
    clock += ROUND_LIMIT_MS + 60_000;
    expect((await handIn(t, citizen, late.roundId, await answersFor(t, late))).body).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching('超过本轮答题时限') },
    });

    const after = await rows();
    expect(after.days).toEqual(before.days);
    expect(after.rounds.filter((r) => r.status === 'graded')).toEqual(
      before.rounds.filter((r) => r.status === 'graded'),
    );
    expect(await quizRow()).toBe(before.row);
  });

  it("answers another person's round exactly like a missing one", async () => {
    const [owner, other] = [await t.signIn('citizen'), await t.signIn('citizen')];
    const round = await startRound(t, owner, code);
    const theirs = await handIn(t, other, round.roundId, await answersFor(t, round));
    expect(theirs.body).toEqual((await handIn(t, other, 'no-such-round', [])).body);
  });
});

describe('the 统计表 row: one 人次 per person per day, their best score kept', () => {
  it('moves by one for a person’s first round of a day, not for their second, again the next day', async () => {
    const citizen = await t.signIn('citizen');
    const today = chinaToday(clock);
    const start = await quizRow(today);
    const low = await startRound(t, citizen, code);
    dataOf(await handIn(t, citizen, low.roundId, await answersFor(t, low, 4)));
    expect(await quizRow(today)).toBe(start + 1);
    const high = await startRound(t, citizen, code);
    expect(dataOf(await handIn(t, citizen, high.roundId, await answersFor(t, high, 8))).best).toBe(80);
    const again = await startRound(t, citizen, code);
    expect(dataOf(await handIn(t, citizen, again.roundId, await answersFor(t, again, 2))).best).toBe(80);
    expect(await quizRow(today)).toBe(start + 1);

    // A personal round (no unit) is not the unit's.
    const personal = await startRound(t, citizen, null);
    dataOf(await handIn(t, citizen, personal.roundId, await answersFor(t, personal)));
    expect(await quizRow(today)).toBe(start + 1);

    clock += 24 * 3600_000;
    const tomorrow = chinaToday(clock);
    const next = await startRound(t, citizen, code);
    dataOf(await handIn(t, citizen, next.roundId, await answersFor(t, next)));
    expect(await quizRow(tomorrow)).toBe(1);
    const both = dataOf(
      await t.call<StatsTable>('checkins', { action: 'stats', payload: { from: today, to: tomorrow } }, organizer),
    );
    expect(both.quiz).toBe(start + 2);
  });

  it('the unit’s figures: participants, 人次, rounds, distribution and the weakest questions', async () => {
    const day = chinaToday(clock);
    const stats = dataOf(
      await t.call<UnitQuizStats>('quiz', { action: 'stats', payload: { from: '2026-06-01', to: day } }, organizer),
    );
    const graded = (await rows()).rounds.filter((r) => r.unit === UNIT && r.status === 'graded');
    const days = (await rows()).days.filter((d) => d.unit === UNIT);
    expect(stats.rounds).toBe(graded.length);
    expect(stats.personTimes).toBe(days.length);
    expect(stats.participants).toBe(new Set(days.map((d) => d.openid)).size);
    expect(stats.distribution.reduce((n, b) => n + b.count, 0)).toBe(graded.length);
    expect(stats.weakest.length).toBeGreaterThan(0);
    expect(stats.weakest[0].rate).toBeLessThanOrEqual(stats.weakest[stats.weakest.length - 1].rate);
  });

  it('fills the exported 统计表 (附件2) with the quiz 人次', async () => {
    const day = chinaToday(clock);
    const file = dataOf(
      await t.call<{ url: string }>('exports', { action: 'stats', payload: { from: day, to: day } }, organizer),
    );
    const sheet = await readSheet(file.url);
    const line = sheet.find((r) => r[0] === '组织开展“查找身边安全隐患”系列行动')?.[1];
    expect(line).toContain(`“安全隐患我查找”网络知识答题等活动（${await quizRow(day)}）人次`);
  });
});

describe('the campaign window', () => {
  it('closes the quiz outside its dates with a Chinese message, and opens it again', async () => {
    const citizen = await t.signIn('citizen');
    const day = chinaToday(clock);
    dataOf(
      await t.call('quiz', { action: 'setCampaign', payload: { from: '2026-07-01', to: '2026-07-31' } }, organizer),
    );
    const refused = await t.call('quiz', { action: 'start', payload: {} }, citizen);
    expect(refused.body).toMatchObject({ ok: false, error: { message: '答题将于 2026-07-01 开始，敬请期待' } });
    const bad = await t.call(
      'quiz',
      { action: 'setCampaign', payload: { from: '2026-07-31', to: '2026-07-01' } },
      organizer,
    );
    expect(bad.body).toMatchObject({ ok: false, error: { fieldErrors: { to: '结束日期不能早于开始日期' } } });
    dataOf(await t.call('quiz', { action: 'setCampaign', payload: { from: day, to: day } }, organizer));
    expect(dataOf(await t.call<QuizEntry>('quiz', { action: 'entry' }, citizen)).closed).toBeNull();
  });
});

describe('the bank', () => {
  const bank = async () => dataOf(await t.call<Question[]>('quiz', { action: 'bank' }, organizer));

  it('adds, edits at the loaded version (a stale edit is refused) and retires questions', async () => {
    const added = dataOf(await t.call<Question>('quiz', { action: 'saveQuestion', payload: newQuestion() }, organizer));
    const edit = { ...newQuestion('楼道里堆放纸箱属于火灾隐患。'), id: added._id, version: 1 };
    const saved = dataOf(await t.call<Question>('quiz', { action: 'saveQuestion', payload: edit }, organizer));
    expect(saved).toMatchObject({ version: 2, stem: '楼道里堆放纸箱属于火灾隐患。' });
    const stale = await t.call('quiz', { action: 'saveQuestion', payload: { ...edit, stem: '旧的编辑' } }, organizer);
    expect(stale.body).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: '这道题已被他人修改，请刷新后再改' },
    });
    const wrong = await t.call(
      'quiz',
      { action: 'saveQuestion', payload: { ...newQuestion(), answer: [0, 1] } },
      organizer,
    );
    expect(wrong.body).toMatchObject({
      ok: false,
      error: { fieldErrors: { answer: '单选题和判断题只有一个正确答案' } },
    });
    dataOf(await t.call('quiz', { action: 'retireQuestion', payload: { id: added._id, retired: true } }, organizer));
    expect((await bank()).find((q) => q._id === added._id)?.status).toBe('retired');
  });

  it('round-trips through XLSX unchanged, and a file with one bad row saves nothing', async () => {
    const before = await bank();
    const file = dataOf(await t.call<{ url: string; rows: number }>('exports', { action: 'exportBank' }, organizer));
    expect(file.rows).toBe(before.length);
    const data = Buffer.from(await (await fetch(file.url)).arrayBuffer()).toString('base64');
    const imported = dataOf(await t.call('exports', { action: 'importBank', payload: { data } }, organizer));
    expect(imported).toEqual({ added: 0, updated: before.length });
    const strip = (qs: Question[]) =>
      qs.map(({ version: _v, updatedAt: _u, updatedBy: _b, articleId, ...q }) => ({
        ...q,
        articleId: articleId || undefined,
      }));
    const after = await bank();
    expect(strip(after)).toEqual(strip(before));

    const broken = { ...before[0], _id: 'q-broken', answer: [5] };
    const refused = await t.call(
      'exports',
      { action: 'importBank', payload: { data: await bankFile([before[1], broken]) } },
      organizer,
    );
    expect(refused.body).toMatchObject({ ok: false, error: { message: expect.stringMatching(/第 3 行：/) } });
    expect(await bank()).toEqual(after);
  });
});
