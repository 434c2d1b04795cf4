import { empty } from '@domain/common/validation';
import { averageScore, participation, scoreDistribution, weakestQuestions } from '@domain/quiz/rules';
import { campaignInput, quizStatsInput } from '@domain/quiz/schemas';
import type { Campaign, Question, QuizDay, QuizRound, QuizUnit, UnitCode, UnitQuizStats } from '@domain/quiz/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { ALL_UNITS, ownUnit, reportingUnit, unitFilter } from '../../core/reporting-unit';
import { action } from '../../core/router';
import { findAll } from '../../ports/paging';
import { CAMPAIGN_ID } from './campaign';
import { QUIZ_PAGE, registerUnit, sceneOf } from './units';

/** The dates the quiz is open (China time, inclusive). Shared by every unit, like the bank; audited. */
const setCampaign = action({
  role: 'organizer',
  input: campaignInput,
  async run(input, ctx): Promise<Pick<Campaign, 'from' | 'to'>> {
    const doc: Campaign = {
      _id: CAMPAIGN_ID,
      ...input,
      updatedAt: ctx.runtime.clock.now(),
      updatedBy: ctx.caller.openid,
    };
    const { store } = ctx.runtime;
    if (!(await store.insert(COLLECTIONS.quizSettings, doc))) {
      await store.update(COLLECTIONS.quizSettings, CAMPAIGN_ID, {
        set: { from: doc.from, to: doc.to, updatedAt: doc.updatedAt, updatedBy: doc.updatedBy },
      });
    }
    await audit(ctx, 'quiz.setCampaign', CAMPAIGN_ID, { from: input.from, to: input.to });
    return { from: input.from, to: input.to };
  },
});

/** The organizer's unit quiz code: a 小程序码 (a QR of the H5 link locally) whose scene names the unit. */
const unitCode = action({
  role: 'organizer',
  input: empty,
  async run(_input, { runtime, caller }): Promise<UnitCode> {
    const unit = ownUnit(caller);
    const code = await registerUnit(runtime, unit);
    const scene = sceneOf(code);
    const stored = (await runtime.store.get<QuizUnit>(COLLECTIONS.quizUnits, code))?.fileId;
    let url: string;
    if (stored) url = await runtime.files.url(stored);
    else {
      const png = await runtime.qrcodes.create({ page: QUIZ_PAGE, scene });
      const file = await runtime.files.put(`quiz/units/${code}.png`, png, 'image/png');
      await runtime.store.update(COLLECTIONS.quizUnits, code, { set: { fileId: file.fileId } });
      url = file.url;
    }
    return { code, unit, scene, path: `${QUIZ_PAGE}?scene=${encodeURIComponent(scene)}`, url };
  },
});

/**
 * A unit's figures over a date range: participants and 人次 from the day rows,
 * average, distribution and weakest questions from the graded rounds. Reads rows,
 * not counters: nothing is incremented at hand-in, so nothing can drift. An admin
 * without a unit who names none reads every unit's (`reportingUnit`).
 */
const stats = action({
  role: 'organizer',
  input: quizStatsInput,
  async run(input, { runtime, caller }): Promise<UnitQuizStats> {
    const unit = reportingUnit(caller, input.unit, '只能查看本单位的答题统计');
    const day = { $gte: input.from, $lte: input.to };
    const { store } = runtime;
    const [days, rounds, bank] = await Promise.all([
      findAll<QuizDay>(store, COLLECTIONS.quizDays, { ...unitFilter(unit), day }),
      findAll<QuizRound>(store, COLLECTIONS.quizRounds, { ...unitFilter(unit), status: 'graded', day }),
      findAll<Question>(store, COLLECTIONS.quizQuestions, {}),
    ]);
    const scores = rounds.map((r) => r.score ?? 0);
    return {
      unit: unit ?? ALL_UNITS,
      from: input.from,
      to: input.to,
      ...participation(days),
      rounds: rounds.length,
      averageScore: averageScore(scores),
      distribution: scoreDistribution(scores),
      weakest: weakestQuestions(rounds, bank),
    };
  },
});

export const organizerActions = { setCampaign, unitCode, stats };
