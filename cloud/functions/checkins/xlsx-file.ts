import { randomBytes } from 'node:crypto';
import * as XLSX from 'xlsx';
import type { SheetLayout } from '@domain/activities/stats-sheet';
import type { Runtime } from '../../core/runtime';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Writes a laid-out sheet as an .xlsx file through the files port; the random folder keeps URLs unguessable. */
export async function storeSheet(runtime: Runtime, fileName: string, layout: SheetLayout) {
  const sheet = XLSX.utils.aoa_to_sheet(layout.rows);
  sheet['!merges'] = layout.merges;
  sheet['!cols'] = layout.widths.map((wch) => ({ wch }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, layout.name);
  const content = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  const folder = `exports/${randomBytes(12).toString('hex')}`;
  const { fileId, url } = await runtime.files.put(`${folder}/${fileName}.xlsx`, content, XLSX_TYPE);
  return { fileId, url };
}
