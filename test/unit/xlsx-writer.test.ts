import { statsSheet } from '@domain/activities/stats-sheet';
import { humanFileName, tableLayout, xlsxBytes } from '../../cloud/core/xlsx';
import { periodName } from '../../cloud/functions/exports/names';
import { sheetRows } from '../support/xlsx';

describe('the one XLSX writer', () => {
  it('names export files the way a person would, no hashes', () => {
    expect(humanFileName(['示范街道', periodName('2026-06-01', '2026-06-30'), '活动进展情况统计表'])).toBe(
      '示范街道-2026年6月-活动进展情况统计表.xlsx',
    );
    expect(periodName('2026-06-16', '2026-06-16')).toBe('2026年6月16日');
    expect(periodName('2026-06-01', '2026-06-16')).toBe('2026年6月1日至6月16日');
    expect(periodName('2025-12-20', '2026-01-10')).toBe('2025年12月20日至2026年1月10日');
    expect(periodName('2026-02-01', '2026-02-28')).toBe('2026年2月');
    // Characters storage or a file system would choke on never reach the name.
    expect(humanFileName(['a/b\\c:d*e?"f<g>h|', '进 社区#1', ''])).toBe('abcdefgh-进社区1.xlsx');
  });

  it('writes the 统计表 layout that read-excel-file reads back, merged title included', async () => {
    const table = {
      unit: '示范街道办事处',
      from: '2026-06-01',
      to: '2026-06-30',
      outreach: [{ kind: 'community', label: '进社区', sessions: 2, attendances: 40 }],
      consultation: { sessions: 1, signups: 30, attended: 25 },
      hazardReports: 7,
    } as Parameters<typeof statsSheet>[0];
    const rows = await sheetRows(await xlsxBytes(statsSheet(table, '2026-06-30')));
    expect(rows[0][0]).toBe('“安全生产月”活动进展情况统计表');
    expect(rows[3]).toEqual(['活动项目', '活动进展情况']);
    expect(String(rows.find((r) => r[0] === '认真开展“安全宣传咨询日”活动')?.[1])).toContain(
      '（1）场、报名（30）人次、现场签到（25）人次',
    );
  });

  it('writes a table of records with a header row, numbers as numbers', async () => {
    const layout = tableLayout<{ name: string; n: number }>(
      '名单',
      [
        ['姓名', 10, (r) => r.name],
        ['人数', 6, (r) => r.n],
      ],
      [
        { name: '张三', n: 2 },
        { name: '李四', n: 1 },
      ],
    );
    expect(await sheetRows(await xlsxBytes(layout), '名单')).toEqual([
      ['姓名', '人数'],
      ['张三', 2],
      ['李四', 1],
    ]);
  });
});
