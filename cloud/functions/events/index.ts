import { defineFunction } from '../../core/router';
import { attendanceActions } from './attendance';
import { citizenActions } from './citizen';
import { fileActions } from './files';
import { organizerActions } from './organizer';
import { reminderActions } from './reminders';

/** 安全宣传咨询日 sign-up: venue QR → event → sign-up → ticket → check-in. */
export const events = defineFunction(
  'events',
  { ...citizenActions, ...organizerActions, ...attendanceActions, ...fileActions, ...reminderActions },
  {
    openapi: ['wxacode.getUnlimited', 'subscribeMessage.send'],
    timer: { name: 'sessionReminders', cron: '0 */10 * * * * *' },
  },
);
