import { parseInput } from '../common/validation';
import { AppError } from '../common/errors';
import { questionInput, type QuestionInput } from './schemas';
import {
  DIFFICULTY_LABELS,
  KIND_LABELS,
  QUESTION_KINDS,
  QUIZ_TOPICS,
  TOPIC_LABELS,
  DIFFICULTIES,
  type Question,
} from './types';

/**
 * The bank as a sheet people can edit in Excel: one question per row, options
 * one per column (A–F), answers as letters (“AC”), labels in Chinese. The same
 * columns are read back, so an exported file imports unchanged.
 */
export const BANK_COLUMNS = [
  '编号',
  '题型',
  '分类',
  '难度',
  '题干',
  '选项A',
  '选项B',
  '选项C',
  '选项D',
  '选项E',
  '选项F',
  '正确答案',
  '答案解析',
  '出处',
  '关联文章',
  '状态',
] as const;

const LETTERS = 'ABCDEF';
const STATUS = { active: '启用', retired: '停用' } as const;

export function bankRows(bank: Question[]): string[][] {
  return [
    [...BANK_COLUMNS],
    ...bank.map((q) => [
      q._id,
      KIND_LABELS[q.kind],
      TOPIC_LABELS[q.topic],
      DIFFICULTY_LABELS[q.difficulty],
      q.stem,
      ...Array.from({ length: 6 }, (_, i) => q.options[i] ?? ''),
      q.answer.map((i) => LETTERS[i]).join(''),
      q.explanation,
      q.source,
      q.articleId ?? '',
      STATUS[q.status],
    ]),
  ];
}

const lookup = <K extends string | number>(labels: Record<K, string>, keys: readonly K[], value: string): K | string =>
  keys.find((k) => labels[k] === value || String(k) === value) ?? value;

export interface ImportedQuestion {
  /** The sheet's 编号; empty for a new question. */
  id: string;
  fields: QuestionInput;
  status: Question['status'];
}

/**
 * Reads rows (header first) back into questions. Every row is checked with the
 * editor's own rules; any bad row refuses the whole file with its row number
 * (Excel's numbering), so an import saves all or nothing.
 */
export function readBankRows(rows: unknown[][]): ImportedQuestion[] {
  const cell = (row: unknown[], i: number) => (row[i] === null || row[i] === undefined ? '' : String(row[i]).trim());
  const header = (rows[0] ?? []).map((c) => String(c ?? '').trim());
  const missing = BANK_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new AppError('invalid_input', `表头缺少：${missing.join('、')}，请使用导出的模板`);
  const at = Object.fromEntries(BANK_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof BANK_COLUMNS)[number],
    number
  >;
  const out: ImportedQuestion[] = [];
  const problems: string[] = [];
  rows.slice(1).forEach((row, i) => {
    if (row.every((c) => c === null || c === undefined || String(c).trim() === '')) return;
    const line = i + 2;
    const options = LETTERS.split('')
      .map((l) => cell(row, at[`选项${l}` as '选项A']))
      .filter(Boolean);
    const answerText = cell(row, at['正确答案'])
      .toUpperCase()
      .replace(/[^A-F]/g, '');
    const draft = {
      kind: lookup(KIND_LABELS, QUESTION_KINDS, cell(row, at['题型'])),
      topic: lookup(TOPIC_LABELS, QUIZ_TOPICS, cell(row, at['分类'])),
      difficulty: Number(lookup(DIFFICULTY_LABELS, DIFFICULTIES, cell(row, at['难度']))),
      stem: cell(row, at['题干']),
      options,
      answer: answerText.split('').map((l) => LETTERS.indexOf(l)),
      explanation: cell(row, at['答案解析']),
      source: cell(row, at['出处']),
      articleId: cell(row, at['关联文章']),
    };
    try {
      const id = cell(row, at['编号']);
      if (id && !/^[A-Za-z0-9_:.-]{1,64}$/.test(id)) throw new AppError('invalid_input', '编号格式不正确');
      out.push({
        id,
        fields: parseInput(questionInput, draft),
        status: cell(row, at['状态']) === STATUS.retired ? 'retired' : 'active',
      });
    } catch (e) {
      problems.push(`第 ${line} 行：${(e as Error).message}`);
    }
  });
  if (problems.length) {
    throw new AppError(
      'invalid_input',
      `导入失败，未保存任何题目。${problems.slice(0, 5).join('；')}${problems.length > 5 ? ` 等 ${problems.length} 处` : ''}`,
    );
  }
  if (out.length === 0) throw new AppError('invalid_input', '文件里没有题目');
  const ids = out.map((q) => q.id).filter(Boolean);
  if (new Set(ids).size !== ids.length) throw new AppError('invalid_input', '导入失败，未保存任何题目。编号有重复');
  return out;
}
