import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { retireInput, saveQuestionInput, type QuestionInput } from '@domain/quiz/schemas';
import type { Question } from '@domain/quiz/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action, type ActionContext } from '../../core/router';
import { findAll } from '../../ports/paging';

export const newQuestionId = () => `q-${randomBytes(6).toString('hex')}`;

/** The stored form of an editor's fields: an empty article link is no link. */
export function questionFields(
  input: QuestionInput,
): Omit<Question, '_id' | 'status' | 'version' | 'updatedAt' | 'updatedBy'> {
  const { articleId, ...rest } = input;
  return { ...rest, ...(articleId ? { articleId } : {}) };
}

/** The whole bank with answers, retired questions last: the organizer's editor and the XLSX export. */
export async function wholeBank(ctx: ActionContext): Promise<Question[]> {
  const all = await findAll<Question>(ctx.runtime.store, COLLECTIONS.quizQuestions, {});
  return all.sort((a, b) => (a.status === b.status ? a._id.localeCompare(b._id) : a.status === 'active' ? -1 : 1));
}

const bank = action({ role: 'organizer', input: empty, run: (_input, ctx) => wholeBank(ctx) });

/**
 * Adds a question, or edits one at the version the editor loaded: a stale edit
 * is refused (someone else saved in between), never silently overwritten. Audited.
 */
const saveQuestion = action({
  role: 'organizer',
  input: saveQuestionInput,
  async run(input, ctx): Promise<Question> {
    const { id, version, ...fields } = input;
    const { store, clock } = ctx.runtime;
    const now = clock.now();
    if (!id) {
      const q: Question = {
        _id: newQuestionId(),
        ...questionFields(fields),
        status: 'active',
        version: 1,
        updatedAt: now,
        updatedBy: ctx.caller.openid,
      };
      await store.insert(COLLECTIONS.quizQuestions, q);
      await audit(ctx, 'quiz.addQuestion', q._id);
      return q;
    }
    const current = await store.get<Question>(COLLECTIONS.quizQuestions, id);
    if (!current) throw notFound('这道题');
    if (version === undefined)
      throw new AppError('invalid_input', '缺少版本号，请刷新后再改', { version: '缺少版本号' });
    const next = { ...questionFields(fields), version: version + 1, updatedAt: now, updatedBy: ctx.caller.openid };
    // A removed article link is stored as '' (CloudBase cannot unset in a plain update).
    const set = { articleId: '', ...next };
    if (!(await store.update(COLLECTIONS.quizQuestions, id, { set }, { version }))) {
      throw new AppError('conflict', '这道题已被他人修改，请刷新后再改');
    }
    await audit(ctx, 'quiz.editQuestion', id, { version: next.version });
    return { ...current, ...set };
  },
});

/** Retires a question (it leaves future rounds; past results keep it) or brings it back. Audited. */
const retireQuestion = action({
  role: 'organizer',
  input: retireInput,
  async run(input, ctx): Promise<Question> {
    const { store, clock } = ctx.runtime;
    const current = await store.get<Question>(COLLECTIONS.quizQuestions, input.id);
    if (!current) throw notFound('这道题');
    const status = input.retired ? 'retired' : 'active';
    const set = { status, version: current.version + 1, updatedAt: clock.now(), updatedBy: ctx.caller.openid };
    if (!(await store.update(COLLECTIONS.quizQuestions, input.id, { set }, { version: current.version }))) {
      throw new AppError('conflict', '这道题已被他人修改，请刷新后再试');
    }
    await audit(ctx, input.retired ? 'quiz.retireQuestion' : 'quiz.restoreQuestion', input.id);
    return { ...current, ...set } as Question;
  },
});

export const bankActions = { bank, saveQuestion, retireQuestion };
