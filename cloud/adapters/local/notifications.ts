import type { Notification, NotificationsPort } from '../../ports/side-effects';
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
}
