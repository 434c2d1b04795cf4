import type { FunctionName } from '@domain/api';
import type { CloudFunction } from '../core/router';
import { admin } from './admin';
import { checkins } from './checkins';
import { content } from './content';
import { events } from './events';
import { exportsFn } from './exports';
import { privacy } from './privacy';
import { quiz } from './quiz';
import { reports } from './reports';

/** Every cloud function by its deployed name; the build bundles each one separately. */
export const FUNCTIONS: Record<FunctionName, CloudFunction> = {
  content,
  admin,
  reports,
  events,
  checkins,
  privacy,
  exports: exportsFn,
  quiz,
};
