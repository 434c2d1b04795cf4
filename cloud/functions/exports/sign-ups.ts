import { chinaTime } from '@domain/common/china-time';
import { REGISTRATION_STATUS_LABELS } from '@domain/events/rules';
import { eventIdInput } from '@domain/events/schemas';
import type { Registration } from '@domain/events/types';
import { audit } from '../../core/audit';
import { action } from '../../core/router';
import { humanFileName, storeSheet, tableLayout } from '../../core/xlsx';
import { loadManagedEvent, sessionsOf } from '../events/access';
import { registrationsOf } from '../events/attendance';

/** The sign-up list with check-in times; full phone numbers, so the export is audited. */
export const signUpList = action({
  role: 'organizer',
  input: eventIdInput,
  async run(input, ctx) {
    const { caller, runtime } = ctx;
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    const titles = new Map((await sessionsOf(runtime, event._id)).map((s) => [s._id, s.title]));
    const registrations = await registrationsOf(runtime, event._id);
    const layout = tableLayout<Registration>(
      '报名名单',
      [
        ['场次', 24, (r) => titles.get(r.sessionId) ?? ''],
        ['姓名', 12, (r) => r.name],
        ['手机号', 14, (r) => r.phone],
        ['人数', 6, (r) => r.headcount],
        ['状态', 8, (r) => REGISTRATION_STATUS_LABELS[r.status]],
        ['报名时间', 18, (r) => chinaTime(r.createdAt)],
        ['签到时间', 18, (r) => (r.checkedInAt ? chinaTime(r.checkedInAt) : '')],
      ],
      registrations,
    );
    const file = await storeSheet(runtime, humanFileName([event.title, '报名名单']), layout);
    await audit(ctx, 'exports.signUpList', event._id, { rows: registrations.length });
    return { ...file, rows: registrations.length };
  },
});
