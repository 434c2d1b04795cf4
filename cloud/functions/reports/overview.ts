import { forbidden } from '@domain/common/errors';
import { overviewOf } from '@domain/reports/rules';
import { queueInput } from '@domain/reports/schemas';
import type { HazardReport } from '@domain/reports/types';
import { MAX_PAGE } from '../../ports/store';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import { handledChannels } from './access';
import { scopeFilter } from './handler';

/**
 * Counts, 隐患清单 and 隐患地图 for organizers and admins (every channel) and
 * handlers (their channels). Computed from one page of reports: enough for a
 * district; a larger deployment would keep per-channel counters instead.
 */
const overview = action({
  role: 'citizen',
  input: queueInput,
  async run(input, { caller, runtime }) {
    const wide = caller.roles.includes('organizer') || caller.roles.includes('admin');
    if (!wide && !caller.roles.includes('handler')) throw forbidden('此操作需要隐患处理人员或活动组织者身份');
    const filter = scopeFilter(caller, input, wide ? null : handledChannels(caller));
    filter.security = 'passed';
    const reports = await runtime.store.find<HazardReport>(COLLECTIONS.hazardReports, filter, {
      orderBy: [['createdAt', 'desc']],
      limit: MAX_PAGE,
    });
    return overviewOf(reports);
  },
});

export const overviewActions = { overview };
