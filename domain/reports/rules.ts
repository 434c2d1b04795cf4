import { rerouteLabel } from './reroute';
import { OPEN_STATUSES, type ReportStatus } from './status';
import type { HazardReport, Overview, ReportEvent, TimelineEntry } from './types';

/**
 * The reporter's timeline: the status changes and the content review's release
 * (审核通过) and 转办 (已转办至 <channel name>), never who made them. A hold is not shown: it ends either in a
 * release or in 不予受理, which is.
 */
export function timelineOf(createdAt: number, events: ReportEvent[]): TimelineEntry[] {
  const changes = events
    .filter(
      (e) => (e.kind === 'status' && e.to) || (e.kind === 'security' && e.to === 'passed') || e.kind === 'reroute',
    )
    .sort((a, b) => a.at - b.at)
    .map((e): TimelineEntry => {
      if (e.kind === 'security')
        return { at: e.at, status: 'submitted', label: '审核通过', note: '已转交办理渠道，等待受理' };
      // 转办 sends the report back to 待受理 in the other channel.
      if (e.kind === 'reroute') return { at: e.at, status: 'submitted', label: rerouteLabel(e.to ?? ''), note: e.note };
      return {
        at: e.at,
        status: e.to as ReportStatus,
        note: e.note,
        ...(e.photos?.length ? { photos: e.photos } : {}),
      };
    });
  return [{ at: createdAt, status: 'submitted' }, ...changes];
}

const normalizePlace = (place: string) => place.replace(/\s+/g, '').toLowerCase();

/** An open report of the same reporter for the same place and category, to warn before filing it again. */
export function similarOpenReport<T extends { status: ReportStatus; setting: string; category: string; place: string }>(
  mine: T[],
  draft: { setting: string; category: string; place: string },
): T | undefined {
  if (!draft.place.trim()) return undefined;
  return mine.find(
    (r) =>
      OPEN_STATUSES.includes(r.status) &&
      r.setting === draft.setting &&
      r.category === draft.category &&
      normalizePlace(r.place) === normalizePlace(draft.place),
  );
}

export function overviewOf(reports: HazardReport[]): Overview {
  const byChannel: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const byCategory = new Map<string, { setting: string; category: string; count: number }>();
  const places = new Map<string, Overview['places'][number]>();
  const points: Overview['points'] = [];
  for (const r of reports) {
    byChannel[r.channelId] = (byChannel[r.channelId] ?? 0) + 1;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const key = `${r.setting}/${r.category}`;
    const cat = byCategory.get(key) ?? { setting: r.setting, category: r.category, count: 0 };
    cat.count += 1;
    byCategory.set(key, cat);
    if (!OPEN_STATUSES.includes(r.status)) continue;
    const place = places.get(normalizePlace(r.place)) ?? { place: r.place, open: 0, major: 0, trackingNos: [] };
    place.open += 1;
    if (r.severity === 'major') place.major += 1;
    place.trackingNos.push(r.trackingNo);
    places.set(normalizePlace(r.place), place);
    const { latitude, longitude } = r.location;
    if (latitude !== undefined && longitude !== undefined) {
      points.push({ trackingNo: r.trackingNo, latitude, longitude, place: r.place, severity: r.severity });
    }
  }
  return {
    total: reports.length,
    byChannel,
    byStatus,
    byCategory: [...byCategory.values()].sort((a, b) => b.count - a.count),
    places: [...places.values()].sort((a, b) => b.major - a.major || b.open - a.open),
    points,
  };
}

/** Outbound retries: 1, 2, 4, 8… minutes after each failed attempt; dead after `maxAttempts`. */
export const OUTBOX_POLICY = { maxAttempts: 5, baseDelayMs: 60_000 } as const;

export function afterFailedAttempt(attempts: number, now: number): { state: 'pending' | 'dead'; nextAt: number } {
  if (attempts >= OUTBOX_POLICY.maxAttempts) return { state: 'dead', nextAt: now };
  return { state: 'pending', nextAt: now + OUTBOX_POLICY.baseDelayMs * 2 ** (attempts - 1) };
}
