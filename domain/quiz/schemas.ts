import * as v from 'valibot';
import { day, empty, id, text } from '../common/validation';
import { DIFFICULTIES, JUDGE_OPTIONS, QUESTION_KINDS, QUIZ_TOPICS } from './types';

/** A unit code from a QR scene (`u.` + 12 hex) or the unit list. */
export const unitCode = v.pipe(v.string('单位编码不正确'), v.regex(/^[0-9a-f]{12}$/, '单位编码不正确'));

export const entryInput = v.optional(
  v.strictObject(
    { scene: v.optional(v.pipe(v.string('二维码内容不正确'), v.maxLength(64, '二维码内容不正确'))) },
    '参数格式不正确',
  ),
  {},
);

/** Without a unit code the round counts as 个人. */
export const startInput = v.optional(
  v.strictObject({ unitCode: v.optional(v.nullable(unitCode)) }, '参数格式不正确'),
  {},
);
export type StartInput = v.InferOutput<typeof startInput>;

const optionIndex = v.pipe(
  v.number('答案格式不正确'),
  v.integer('答案格式不正确'),
  v.minValue(0, '答案格式不正确'),
  v.maxValue(7, '答案格式不正确'),
);

export const submitInput = v.strictObject(
  {
    roundId: id('答题编号'),
    answers: v.pipe(
      v.array(
        v.strictObject(
          {
            questionId: id('题目编号'),
            chosen: v.pipe(v.array(optionIndex, '答案格式不正确'), v.maxLength(8, '答案格式不正确')),
          },
          '答案格式不正确',
        ),
        '请提交答案',
      ),
      v.maxLength(20, '提交的答案过多'),
    ),
  },
  '参数格式不正确',
);
export type SubmitInput = v.InferOutput<typeof submitInput>;

export const roundIdInput = v.strictObject({ roundId: id('答题编号') }, '参数格式不正确');

const questionFields = {
  kind: v.picklist(QUESTION_KINDS, '请选择题型（单选、多选或判断）'),
  topic: v.picklist(QUIZ_TOPICS, '请选择题目分类'),
  difficulty: v.picklist(DIFFICULTIES, '请选择难度（1–3）'),
  stem: text('题干', 200, 4),
  options: v.pipe(
    v.array(text('选项', 60), '请填写选项'),
    v.minLength(2, '至少需要 2 个选项'),
    v.maxLength(6, '最多 6 个选项'),
  ),
  answer: v.pipe(
    v.array(optionIndex, '请选择正确答案'),
    v.minLength(1, '请选择正确答案'),
    v.maxLength(6, '正确答案过多'),
  ),
  explanation: text('答案解析', 400, 4),
  source: text('出处（法规或标准名称）', 80, 2),
  articleId: v.optional(v.union([v.literal(''), id('关联文章')], '关联文章不正确')),
};

type Draft = { kind: string; options: string[]; answer: number[] };

/** Whether the answer fits the kind and the options; the message says what to fix. */
export function answerProblem(q: Draft): string | null {
  if (q.answer.some((i) => i >= q.options.length)) return '正确答案应是已有的选项';
  if (new Set(q.answer).size !== q.answer.length) return '正确答案有重复';
  if (q.kind === 'judge' && (q.options.length !== 2 || q.options.join() !== JUDGE_OPTIONS.join())) {
    return '判断题的选项应为“正确”“错误”';
  }
  if (q.kind !== 'multiple' && q.answer.length !== 1) return '单选题和判断题只有一个正确答案';
  if (q.kind === 'multiple' && q.answer.length < 2) return '多选题至少有两个正确答案';
  if (new Set(q.options).size !== q.options.length) return '选项不能重复';
  return null;
}

/** The answer checked against the kind and options, reported on the answer field. */
const consistent = <T extends Draft & Record<string, unknown>>() =>
  v.forward<T, v.CheckIssue<T>, ['answer']>(
    v.check(
      (q) => answerProblem(q) === null,
      (issue) => answerProblem(issue.input) ?? '正确答案不正确',
    ),
    ['answer'] as never,
  );

const questionObject = v.strictObject(questionFields, '参数格式不正确');
export const questionInput = v.pipe(questionObject, consistent<v.InferOutput<typeof questionObject>>());
export type QuestionInput = v.InferOutput<typeof questionInput>;

/** Add (no id) or edit (id and the version the editor loaded: a stale edit is refused). */
const saveObject = v.strictObject(
  {
    id: v.optional(id('题目编号')),
    version: v.optional(v.pipe(v.number('版本号不正确'), v.integer('版本号不正确'), v.minValue(1, '版本号不正确'))),
    ...questionFields,
  },
  '参数格式不正确',
);
export const saveQuestionInput = v.pipe(saveObject, consistent<v.InferOutput<typeof saveObject>>());
export type SaveQuestionInput = v.InferOutput<typeof saveQuestionInput>;

export const retireInput = v.strictObject(
  { id: id('题目编号'), retired: v.boolean('请说明停用还是恢复') },
  '参数格式不正确',
);

/** An .xlsx file as base64; a bank of a few hundred questions is well under this. */
export const importInput = v.strictObject(
  {
    data: v.pipe(
      v.string('请选择要导入的题库表格文件'),
      v.minLength(1, '请选择要导入的题库表格文件'),
      v.maxLength(400_000, '文件过大（最多约 300 KB）'),
      v.regex(/^[A-Za-z0-9+/=\s]+$/, '文件内容不正确，请选择题库表格文件'),
    ),
  },
  '参数格式不正确',
);

export const campaignInput = v.pipe(
  v.strictObject({ from: day('开始日期'), to: day('结束日期') }, '参数格式不正确'),
  v.forward(
    v.check((c) => c.from <= c.to, '结束日期不能早于开始日期'),
    ['to'],
  ),
);

export const quizStatsInput = v.pipe(
  v.strictObject({ from: day('开始日期'), to: day('结束日期'), unit: v.optional(text('单位', 40)) }, '参数格式不正确'),
  v.forward(
    v.check((c) => c.from <= c.to, '结束日期不能早于开始日期'),
    ['to'],
  ),
);
export type QuizStatsInput = v.InferOutput<typeof quizStatsInput>;

export { empty };
