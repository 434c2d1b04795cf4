import { defineFunction } from '../../core/router';
import { liveActions } from './live';
import { organizerActions } from './organizer';
import { participantActions } from './participant';
import { statsActions } from './stats';

/** 安全宣传“七进”: activities, rotating check-in codes, live attendance and the 活动进展情况统计表. */
export const checkins = defineFunction(
  'checkins',
  { ...organizerActions, ...liveActions, ...participantActions, ...statsActions },
  { openapi: ['wxacode.getUnlimited'] },
);
