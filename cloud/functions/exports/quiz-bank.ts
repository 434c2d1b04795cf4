import { randomBytes } from 'node:crypto';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { AppError } from '@domain/common/errors';
import { empty } from '@domain/common/validation';
import { bankRows, readBankRows } from '@domain/quiz/bank-sheet';
import { importInput } from '@domain/quiz/schemas';
import type { Question } from '@domain/quiz/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import { newQuestionId, questionFields, wholeBank } from '../quiz/bank';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const WIDTHS = [12, 8, 14, 6, 50, 24, 24, 24, 24, 16, 16, 8, 60, 30, 16, 6];

/** The bank as an .xlsx file (write-excel-file), under an unguessable folder. */
const exportBank = action({
  role: 'organizer',
  input: empty,
  async run(_input, ctx) {
    const bank = await wholeBank(ctx);
    const rows = bankRows(bank).map((row, r) =>
      row.map((value) => ({ value, ...(r === 0 ? { fontWeight: 'bold' as const } : {}) })),
    );
    const content = await writeXlsxFile(rows, {
      sheet: '题库',
      columns: WIDTHS.map((width) => ({ width })),
    }).toBuffer();
    const path = `exports/${randomBytes(12).toString('hex')}/quiz-bank.xlsx`;
    const file = await ctx.runtime.files.put(path, content, XLSX_TYPE);
    await audit(ctx, 'quiz.exportBank', 'quizQuestions', { rows: bank.length });
    return { url: file.url, fileId: file.fileId, rows: bank.length };
  },
});

async function sheetRows(base64: string): Promise<unknown[][]> {
  try {
    return (await readSheet(Buffer.from(base64, 'base64'))) as unknown[][];
  } catch {
    throw new AppError('invalid_input', '无法读取这个文件，请选择导出的 .xlsx 题库文件');
  }
}

/**
 * Reads an .xlsx bank (read-excel-file): rows with a known 编号 update that
 * question (its version moves on), others are added. Every row is checked first;
 * one bad row refuses the file and nothing is saved. Audited.
 */
const importBank = action({
  role: 'organizer',
  input: importInput,
  async run(input, ctx) {
    const parsed = readBankRows(await sheetRows(input.data));
    const { store, clock } = ctx.runtime;
    const now = clock.now();
    let added = 0;
    let updated = 0;
    for (const row of parsed) {
      const current = row.id ? await store.get<Question>(COLLECTIONS.quizQuestions, row.id) : null;
      const fields = questionFields(row.fields);
      if (current) {
        const set = {
          articleId: '',
          ...fields,
          status: row.status,
          version: current.version + 1,
          updatedAt: now,
          updatedBy: ctx.caller.openid,
        };
        if (await store.update(COLLECTIONS.quizQuestions, current._id, { set }, { version: current.version }))
          updated += 1;
      } else {
        const q: Question = {
          _id: row.id || newQuestionId(),
          ...fields,
          status: row.status,
          version: 1,
          updatedAt: now,
          updatedBy: ctx.caller.openid,
        };
        if (await store.insert(COLLECTIONS.quizQuestions, q)) added += 1;
      }
    }
    await audit(ctx, 'quiz.importBank', 'quizQuestions', { added, updated });
    return { added, updated };
  },
});

export { exportBank, importBank };
