/**
 * The period of a 统计表 in words, from China-time days `YYYY-MM-DD`:
 * a whole calendar month is `2026年6月`, one day `2026年6月16日`, otherwise
 * `2026年6月1日至6月16日` (the year repeated only when it changes).
 */
export function periodName(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (fy === ty && fm === tm && fd === 1 && td === lastDay) return `${fy}年${fm}月`;
  if (from === to) return `${fy}年${fm}月${fd}日`;
  return `${fy}年${fm}月${fd}日至${fy === ty ? '' : `${ty}年`}${tm}月${td}日`;
}
