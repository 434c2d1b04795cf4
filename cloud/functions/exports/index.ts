import { defineFunction } from '../../core/router';
import { attendance } from './attendance';
import { exportBank, importBank } from './quiz-bank';
import { signUpList } from './sign-ups';
import { stats } from './stats';

/**
 * Organizers' XLSX files (exports, and the 答题 bank out and in), in a function of their own: the XLSX writer stays
 * out of `events` and `checkins`, whose cold starts a crowd at the venue pays.
 */
export const exportsFn = defineFunction('exports', { attendance, signUpList, stats, exportBank, importBank });
