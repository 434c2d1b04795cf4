import { attendanceSheet } from '@domain/activities/attendance-sheet';
import { activityIdInput } from '@domain/activities/schemas';
import type { Checkin } from '@domain/activities/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import { humanFileName, storeSheet } from '../../core/xlsx';
import { findAll } from '../../ports/paging';
import { loadOwnActivity } from '../checkins/access';
import { presentFilter } from '../checkins/attendance';

/** A 七进 activity's attendance list (names and units), for its own organizers; audited. */
export const attendance = action({
  role: 'organizer',
  input: activityIdInput,
  async run({ id }, ctx) {
    const { runtime, caller } = ctx;
    const activity = await loadOwnActivity(runtime, caller, id);
    const rows = await findAll<Checkin>(runtime.store, COLLECTIONS.checkins, presentFilter(id), [
      ['checkedInAt', 'asc'],
    ]);
    const name = humanFileName([activity.title, '签到名单']);
    const file = await storeSheet(runtime, name, attendanceSheet(activity, rows));
    await audit(ctx, 'exports.attendance', id, { rows: rows.length });
    return file;
  },
});
