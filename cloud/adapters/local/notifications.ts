import type { Notification, NotificationsPort } from '../../ports/side-effects';
import { removeMatching } from '../../ports/paging';
import type { Store } from '../../ports/store';

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

  forget(which: { toOpenid: string } | { before: number; limit: number }): Promise<number> {
    // A person's are all deleted at once; the purge's come in batches.
    return 'toOpenid' in which
      ? removeMatching(this.store, NOTIFICATIONS, { toOpenid: which.toOpenid })
      : removeMatching(this.store, NOTIFICATIONS, { at: { $lte: which.before } }, which.limit);
  }
}
