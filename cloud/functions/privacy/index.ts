import { defineFunction } from '../../core/router';
import { myDataActions } from './mine';
import { purgeActions } from './purge';

/**
 * 删除我的数据 and the retention purge. Deleting cancels upcoming sign-ups, so
 * a promoted waitlisted person is told by subscribe message.
 */
export const privacy = defineFunction(
  'privacy',
  { ...myDataActions, ...purgeActions },
  { openapi: ['subscribeMessage.send'], timer: { name: 'retentionPurge', cron: '0 0 * * * * *' } },
);
