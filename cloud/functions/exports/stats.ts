import { chinaDay } from '@domain/common/china-time';
import { statsSheet } from '@domain/activities/stats-sheet';
import { statsInput } from '@domain/activities/schemas';
import { audit } from '../../core/audit';
import { action } from '../../core/router';
import { humanFileName, storeSheet } from '../../core/xlsx';
import { buildTable } from '../checkins/stats';
import { periodName } from './names';

/** The 活动进展情况统计表 of a unit and period as the seeds' 附件2 lays it out; audited. */
export const stats = action({
  role: 'organizer',
  input: statsInput,
  async run(input, ctx) {
    const table = await buildTable(ctx.runtime, ctx.caller, input);
    const name = humanFileName([table.unit, periodName(input.from, input.to), '活动进展情况统计表']);
    const file = await storeSheet(ctx.runtime, name, statsSheet(table, chinaDay(ctx.runtime.clock.now())));
    await audit(ctx, 'exports.stats', table.unit, { from: input.from, to: input.to });
    return file;
  },
});
