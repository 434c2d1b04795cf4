import { chinaTime } from '@domain/common/china-time';
import { randomBytes } from 'node:crypto';
import * as XLSX from 'xlsx';
import { REGISTRATION_STATUS_LABELS } from '@domain/events/rules';
import { eventIdInput } from '@domain/events/schemas';
import { audit } from '../../core/audit';
import { action } from '../../core/router';
import { loadManagedEvent, sessionsOf } from './access';
import { registrationsOf } from './attendance';

/** The page a venue poster's code opens. */
export const EVENT_PAGE = 'pages/event/index';

/** The venue poster: the event's code as a PNG (小程序码 on WeChat, a QR of the H5 link locally). */
const poster = action({
  role: 'organizer',
  input: eventIdInput,
  async run(input, { caller, runtime }) {
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    const png = await runtime.qrcodes.create({ page: EVENT_PAGE, scene: event.scene });
    const file = await runtime.files.put(`events/${event._id}/poster.png`, png, 'image/png');
    return { url: file.url, fileId: file.fileId, scene: event.scene };
  },
});

/** The sign-up list with check-in times as an XLSX file; full phone numbers, so the export is audited. */
const exportList = action({
  role: 'organizer',
  input: eventIdInput,
  async run(input, ctx) {
    const { caller, runtime } = ctx;
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    const sessions = new Map((await sessionsOf(runtime, event._id)).map((s) => [s._id, s]));
    const rows = (await registrationsOf(runtime, event._id)).map((r) => ({
      场次: sessions.get(r.sessionId)?.title ?? '',
      姓名: r.name,
      手机号: r.phone,
      人数: r.headcount,
      状态: REGISTRATION_STATUS_LABELS[r.status],
      报名时间: chinaTime(r.createdAt),
      签到时间: r.checkedInAt ? chinaTime(r.checkedInAt) : '',
    }));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.json_to_sheet(rows), '报名名单');
    const content = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const now = runtime.clock.now();
    const file = await runtime.files.put(
      // The file holds full phone numbers: an unguessable name keeps it off predictable URLs.
      `events/${event._id}/exports/${now}-${randomBytes(12).toString('hex')}.xlsx`,
      content,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await audit(ctx, 'events.export', event._id, { rows: rows.length });
    return { url: file.url, fileId: file.fileId, rows: rows.length };
  },
});

export const fileActions = { poster, exportList };
