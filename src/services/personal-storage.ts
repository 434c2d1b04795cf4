import Taro from '@tarojs/taro';

/** Where the app remembers on the device what a person typed about themselves. */
export const PERSONAL_KEYS = {
  /** The report being written: description, photos, place, name and phone. */
  reportDraft: 'draft:report',
  /** The sign-up being typed: name, phone and the session chosen. */
  signUpDraft: 'draft:signup',
  /** The name and unit offered at the next check-in. */
  checkinProfile: 'checkin:profile',
  /** The 答题 round under way (its questions and the choices so far), so a reload resumes it. */
  quizRound: 'quiz:round',
} as const;

/** Forgets all of it on this device (删除我的数据). */
export function forgetPersonalStorage(): void {
  for (const key of Object.values(PERSONAL_KEYS)) Taro.removeStorageSync(key);
}
