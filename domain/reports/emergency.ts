/**
 * An emergency is not a hazard report: someone in danger now must call, not
 * fill a form and wait for 12345. The 随手拍 page asks first (its 119 screen),
 * and the `reports.submit` function recognises emergency wording in the
 * description, answers `emergency` instead of filing, and files only when the
 * reporter confirms it is not happening now. Both use this one rule.
 */

/** The numbers to call now, in the order the 119 screen shows them. */
export const EMERGENCY_NUMBERS = [
  { number: '119', label: '火警', hint: '起火、燃气泄漏、被困' },
  { number: '110', label: '报警', hint: '危及人身财产安全的紧急情况' },
  { number: '120', label: '急救', hint: '有人受伤、中毒、昏迷' },
] as const;

/**
 * Wording that says a danger is happening now. A hazard ("一旦着火无法疏散",
 * "有火灾隐患") is not matched; a fire, a leak, a collapse or a person trapped,
 * hurt or unconscious in the present is.
 */
const HAPPENING_NOW: RegExp[] = [
  /(正在|已经|突然)(着火|起火|燃烧|冒烟|冒火|爆炸|泄漏|漏气|倒塌|坍塌)/,
  /(着火|起火|失火|冒烟|烧起来|爆炸|漏气|泄漏|倒塌|坍塌|塌下来)[了啦]/,
  /火势|浓烟滚滚|发生爆炸|大量(浓烟|烟雾)/,
  /有人(被困|受伤|昏迷|晕倒|中毒|触电|溺水|落水|坠落|被压|被埋|困在)/,
  /(被困|困在)(里面|楼上|楼里|电梯|屋里|室内|火里)/,
  /(昏迷|晕倒|中毒|触电|溺水)了/,
  /救命|快来人/,
];

/** The words in `text` that say a danger is happening now, or null. */
export function emergencyWording(text: string): string | null {
  for (const pattern of HAPPENING_NOW) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/**
 * The emergency rule on a submission as it arrives, before any other field is
 * checked: a danger happening now is answered with call-now even when the
 * description is short ("着火了", "正在着火，有人被困") or the rest of the form is
 * empty, because the length rule or a missing photo must never stand between
 * a person and 119. Null when the wording is not an emergency, the description
 * is not text, or the reporter has confirmed (`notHappeningNow: true`) it is
 * not happening now. Used by the 随手拍 form and by `reports.submit` alike.
 */
export function emergencyIn(submission: unknown): string | null {
  if (submission === null || typeof submission !== 'object') return null;
  const { description, notHappeningNow } = submission as Record<string, unknown>;
  if (notHappeningNow === true || typeof description !== 'string') return null;
  return emergencyWording(description);
}

/** What the reporter is told instead of a tracking number. */
export const EMERGENCY_MESSAGE =
  '您描述的情况像是正在发生的险情：请立即拨打 119（火警）、110（报警）或 120（急救）。举报不能代替报警；如果险情并非正在发生，请确认后继续提交。';
