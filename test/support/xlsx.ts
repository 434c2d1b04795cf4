import { readSheet, type CellValue } from 'read-excel-file/node';

/** The rows of an XLSX file's sheet (first by default), read back with read-excel-file; empty cells as ''. */
export async function sheetRows(bytes: Buffer, sheet?: string): Promise<(CellValue | '')[][]> {
  const rows = sheet === undefined ? await readSheet(bytes) : await readSheet(bytes, sheet);
  return rows.map((row) => row.map((cell) => cell ?? ''));
}

/** Header-keyed records of a sheet whose first row is its header. */
export async function sheetRecords(bytes: Buffer, sheet?: string): Promise<Record<string, unknown>[]> {
  const [header, ...rows] = await sheetRows(bytes, sheet);
  return rows.map((row) => Object.fromEntries(header.map((key, i) => [String(key), row[i] ?? ''])));
}
