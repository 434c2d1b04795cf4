import { eventIdInput } from '@domain/events/schemas';
import { action } from '../../core/router';
import { loadManagedEvent } from './access';

/** The page a venue poster's code opens. */
export const EVENT_PAGE = 'pages/event/index';

/** The venue poster: the event's code as a PNG (小程序码 on WeChat, a QR of the H5 link locally). */
const poster = action({
  role: 'organizer',
  input: eventIdInput,
  async run(input, { caller, runtime }) {
    const event = await loadManagedEvent(runtime, caller, input.eventId);
    const png = await runtime.qrcodes.create({ page: EVENT_PAGE, scene: event.scene });
    const file = await runtime.files.put(`events/${event._id}/poster.png`, png, 'image/png');
    return { url: file.url, fileId: file.fileId, scene: event.scene };
  },
});

export const fileActions = { poster };
