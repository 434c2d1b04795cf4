import { randomBytes } from 'node:crypto';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import type { SheetLayout } from '@domain/activities/stats-sheet';
import type { Runtime } from './runtime';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The one XLSX writer (write-excel-file, maintained, no advisories; SheetJS's npm
 * package stopped at 0.18.5). A layout's merged ranges become column spans: the
 * writer fills the covered cells itself, so they are dropped from the row here.
 */
export async function xlsxBytes(layout: SheetLayout): Promise<Buffer> {
  const spans = new Map(layout.merges.map((m) => [`${m.s.r}:${m.s.c}`, m]));
  const covered = new Set(
    layout.merges.flatMap((m) =>
      Array.from({ length: m.e.c - m.s.c + 1 }, (_, i) => i + m.s.c)
        .filter((c) => c !== m.s.c)
        .map((c) => `${m.s.r}:${c}`),
    ),
  );
  const data: SheetData = layout.rows.map((row, r) =>
    row.map((value, c): Cell => {
      const merge = spans.get(`${r}:${c}`);
      if (merge) return { value, columnSpan: merge.e.c - merge.s.c + 1, wrap: true };
      if (covered.has(`${r}:${c}`)) return null;
      return { value, wrap: typeof value === 'string' && value.length > 20 };
    }),
  );
  return writeXlsxFile(data, { sheet: layout.name, columns: layout.widths.map((width) => ({ width })) }).toBuffer();
}

/** A list of records as a sheet: a header row of the keys of `columns`, then one row per record. */
export function tableLayout<T>(
  name: string,
  columns: [string, number, (row: T) => string | number][],
  rows: T[],
): SheetLayout {
  return {
    name,
    rows: [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, , cell]) => cell(row)))],
    merges: [],
    widths: columns.map(([, width]) => width),
  };
}

/**
 * A file name a person recognises (`示范街道办事处-2026年6月-活动进展情况统计表.xlsx`):
 * parts joined by `-`, characters storage and file systems dislike replaced.
 */
export function humanFileName(parts: string[]): string {
  const clean = parts
    .map((p) => p.replace(/[\u0000-\u001f\u007f/\\:*?"<>|`^{}[\]~%#&$@+=;,\s]+/g, '').slice(0, 40))
    .filter(Boolean);
  return `${clean.join('-')}.xlsx`;
}

/**
 * Writes the sheet through the files port under a random folder (the URL stays
 * unguessable, the file name stays human). Answers the file id and its URL.
 */
export async function storeSheet(runtime: Runtime, fileName: string, layout: SheetLayout) {
  const folder = `exports/${randomBytes(12).toString('hex')}`;
  const { fileId, url } = await runtime.files.put(`${folder}/${fileName}`, await xlsxBytes(layout), XLSX_TYPE);
  return { fileId, url, fileName };
}
