import type { Notification, NotificationsPort } from '../../ports/side-effects';
import { MAX_PAGE, type Filter, type Store } from '../../ports/store';

export const NOTIFICATIONS = 'notifications';

export interface RecordedNotification extends Notification {
  _id: string;
  at: number;
}

/** H5 has no subscribe messages: a notification is recorded and shown in the app. */
export class RecordedNotifications implements NotificationsPort {
  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {}

  async send(message: Notification): Promise<{ delivered: boolean }> {
    const at = this.now();
    const record: RecordedNotification = { ...message, _id: `${at}-${Math.random().toString(36).slice(2, 10)}`, at };
    await this.store.insert(NOTIFICATIONS, record);
    return { delivered: true };
  }

  async forget(which: { toOpenid: string } | { before: number; limit: number }): Promise<number> {
    const filter: Filter = 'toOpenid' in which ? { toOpenid: which.toOpenid } : { at: { $lte: which.before } };
    // A person's are all deleted at once; the purge's come in batches.
    const limit = 'limit' in which ? which.limit : Infinity;
    let removed = 0;
    while (removed < limit) {
      const page = await this.store.find<RecordedNotification>(NOTIFICATIONS, filter, {
        limit: Math.min(MAX_PAGE, limit - removed),
      });
      if (page.length === 0) break;
      for (const n of page) if (await this.store.remove(NOTIFICATIONS, n._id)) removed += 1;
    }
    return removed;
  }
}
