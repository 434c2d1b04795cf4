import { AppError } from '@domain/common/errors';
import {
  acceptedWindows,
  codeWindow,
  judgeWindow,
  parseScene,
  POSTER_WINDOW,
  RECENT_WINDOWS,
} from '@domain/activities/codes';
import { RATE_WINDOW_MS, WRONG_CODE_LIMIT } from '@domain/activities/rules';
import { CHECK_IN_CLOSES_AFTER_MS, checkInWindow } from '@domain/common/check-in-window';
import type { Activity } from '@domain/activities/types';
import { codeOfWindow, signatureMatches } from '../../core/checkin-codes';
import { COLLECTIONS } from '../../core/collections';
import type { Runtime } from '../../core/runtime';
import { loadActivity } from './access';

const EXPIRED = '签到码已过期，请扫描或输入现场屏幕上最新的签到码';

/** The activity a scanned scene names, if its signature and window hold. */
export async function activityOfScene(runtime: Runtime, scene: string, claimedId?: string): Promise<Activity> {
  const parsed = parseScene(scene);
  if (!parsed) throw new AppError('invalid_input', '这不是活动签到二维码', { scene: '二维码无法识别' });
  if (claimedId && parsed.activityId !== claimedId) {
    throw new AppError('invalid_input', '这个签到码属于另一场活动，请扫描本场活动的二维码');
  }
  const secret = runtime.config.signingSecret;
  if (!signatureMatches(secret, parsed.activityId, parsed.window, parsed.signature)) {
    throw new AppError('invalid_input', '签到码无效，请扫描现场的签到二维码');
  }
  const activity = await loadActivity(runtime, parsed.activityId);
  if (parsed.window === POSTER_WINDOW) {
    if (activity.codeMode !== 'poster') throw new AppError('invalid_input', EXPIRED);
    return activity;
  }
  const verdict = judgeWindow(parsed.window, runtime.clock.now());
  if (verdict === 'expired') throw new AppError('invalid_input', EXPIRED);
  if (verdict === 'early') throw new AppError('invalid_input', '签到码尚未生效，请检查手机时间是否准确');
  return activity;
}

/** Activities whose check-in is open now: the candidates for a typed code without an activity. */
async function openActivities(runtime: Runtime): Promise<Activity[]> {
  const now = runtime.clock.now();
  const ending = await runtime.store.find<Activity>(COLLECTIONS.activities, {
    endAt: { $gte: now - CHECK_IN_CLOSES_AFTER_MS },
  });
  return ending.filter((a) => {
    const window = checkInWindow(a);
    return window.opensAt <= now && now <= window.closesAt;
  });
}

function codeMatches(runtime: Runtime, activity: Activity, code: string, windows: number[]): boolean {
  const secret = runtime.config.signingSecret;
  if (activity.codeMode === 'poster' && codeOfWindow(secret, activity._id, POSTER_WINDOW).code === code) return true;
  return windows.some((w) => codeOfWindow(secret, activity._id, w).code === code);
}

/**
 * The activity a typed 6-digit code belongs to. Wrong codes count against the
 * person (WRONG_CODE_LIMIT per RATE_WINDOW_MS) so six digits cannot be guessed;
 * a code that was right a few minutes ago is told apart as expired.
 */
export async function activityOfCode(
  runtime: Runtime,
  openid: string,
  code: string,
  activityId?: string,
): Promise<Activity> {
  const now = runtime.clock.now();
  const attemptsId = `${openid}:${Math.floor(now / RATE_WINDOW_MS)}`;
  const attempts = await runtime.store.get<{ _id: string; count: number }>(COLLECTIONS.checkinAttempts, attemptsId);
  if ((attempts?.count ?? 0) >= WRONG_CODE_LIMIT) {
    throw new AppError('rate_limited', '签到码输错次数过多，请 10 分钟后再试，或扫描现场二维码');
  }
  const candidates = activityId ? [await loadActivity(runtime, activityId)] : await openActivities(runtime);
  const match = candidates.find((a) => codeMatches(runtime, a, code, acceptedWindows(now)));
  if (match) return match;
  const current = codeWindow(now);
  const recent = Array.from({ length: RECENT_WINDOWS }, (_, i) => current - 2 - i);
  if (candidates.some((a) => codeMatches(runtime, a, code, recent))) throw new AppError('invalid_input', EXPIRED);
  await runtime.store.insert(COLLECTIONS.checkinAttempts, {
    _id: attemptsId,
    count: 0,
    expiresAt: now + RATE_WINDOW_MS,
  });
  await runtime.store.update(COLLECTIONS.checkinAttempts, attemptsId, { inc: { count: 1 } });
  const left = WRONG_CODE_LIMIT - (attempts?.count ?? 0) - 1;
  // not_found rather than invalid_input: the code is well-formed but matches no activity, and the attempt counted.
  throw new AppError('not_found', left > 0 ? `签到码不正确，还可再试 ${left} 次` : '签到码不正确，请 10 分钟后再试', {
    code: '签到码不正确',
  });
}
