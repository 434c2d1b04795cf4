import { AppError } from '@domain/common/errors';
import type { QuizUnit, UnitChoice } from '@domain/quiz/types';
import { COLLECTIONS } from '../../core/collections';
import { keyedHash } from '../../core/keys';
import type { Runtime } from '../../core/runtime';

/** The page a unit's quiz code opens (a subpackage page; 小程序码 may open one). */
export const QUIZ_PAGE = 'packageQuiz/pages/quiz/index';

/** A unit's code: a keyed hash of its name, so it is stable, short enough for a scene, and not guessable from the name. */
export const codeOf = (runtime: Runtime, unit: string): string =>
  keyedHash(runtime.config.signingSecret, 'quiz-unit', unit).slice(0, 12);

export const sceneOf = (code: string): string => `u.${code}`;

/** `u.<12 hex>` → the code; anything else → null. */
export function codeOfScene(scene: string): string | null {
  const m = /^u\.([0-9a-f]{12})$/.exec(scene.trim());
  return m ? m[1] : null;
}

/** Registers the unit (insert-only, so repeating is harmless) and answers its code. */
export async function registerUnit(runtime: Runtime, unit: string): Promise<string> {
  const code = codeOf(runtime, unit);
  await runtime.store.insert<QuizUnit>(COLLECTIONS.quizUnits, { _id: code, unit, createdAt: runtime.clock.now() });
  return code;
}

export async function unitOfCode(runtime: Runtime, code: string): Promise<UnitChoice> {
  const row = await runtime.store.get<QuizUnit>(COLLECTIONS.quizUnits, code);
  if (!row) throw new AppError('not_found', '没有找到这个单位的答题码，请重新扫码或选择单位');
  return { code, name: row.unit };
}

/** Units a person may answer for: those whose organizers made a quiz code. */
export async function unitChoices(runtime: Runtime): Promise<UnitChoice[]> {
  const rows = await runtime.store.find<QuizUnit>(
    COLLECTIONS.quizUnits,
    {},
    { orderBy: [['unit', 'asc']], limit: 200 },
  );
  return rows.map((r) => ({ code: r._id, name: r.unit }));
}
