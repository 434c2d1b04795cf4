import { defineFunction } from '../../core/router';
import { followUpActions } from './follow-up';
import { handlerActions } from './handler';
import { moderationActions } from './moderation';
import { outboxActions } from './outbox';
import { overviewActions } from './overview';
import { reporterActions } from './reporter';

/** 隐患随手拍: reports routed to 12345 / 12350 / 96119, handled to closure. */
export const reports = defineFunction(
  'reports',
  {
    ...reporterActions,
    ...followUpActions,
    ...handlerActions,
    ...overviewActions,
    ...outboxActions,
    ...moderationActions,
  },
  {
    openapi: ['security.msgSecCheck', 'security.mediaCheckAsync', 'subscribeMessage.send'],
    timer: { name: 'outboxDeliveries', cron: '0 * * * * * *' },
  },
);
