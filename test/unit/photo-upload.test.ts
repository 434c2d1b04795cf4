/**
 * @jest-environment jsdom
 */
import { act } from 'react';
import type { HandlerReport } from '@domain/reports/types';
import { freeSlots } from '@/hooks/usePhotoUpload';
import { blankTransition, transitionInputOf, useTransitionForm } from '@/packageHandler/hooks/useTransitionForm';
import { PrivacyDeclined } from '@/services/privacy-consent';
import { renderHook } from '../support/render-hook';
import { storage } from '../support/taro-storage';

const sent: [string, string, Record<string, unknown>][] = [];
/** What the next picker opens answer: paths, or an error. */
const picks: (string[] | Error)[] = [];

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    ...jest.requireActual<typeof import('../support/taro-storage')>('../support/taro-storage').storageApi,
    pageScrollTo: () => Promise.resolve(),
    showModal: async () => ({ confirm: true }),
  },
}));
jest.mock('@/services/cloud', () => ({
  callFunction: async (name: string, action: string, payload: Record<string, unknown>) => {
    sent.push([name, action, payload]);
    return action === 'photoTicket' ? { folder: `uploads/owner/${String(payload.clientKey)}/` } : {};
  },
}));
jest.mock('@/services/photos', () => ({
  choosePhotos: async (count: number) => {
    const next = picks.shift() ?? [];
    if (next instanceof Error) throw next;
    return next.slice(0, count);
  },
  preparePhoto: async (path: string) => ({ path, contentType: 'image/jpeg' }),
  uploadPhoto: async (ticket: { folder: string }, slot: number, photo: { path: string }) => ({
    fileId: `cloud://${ticket.folder}${slot}.jpg`,
    url: photo.path,
  }),
}));

function mount(status: HandlerReport['status']) {
  const r = { _id: 'r1', status, security: 'passed' } as HandlerReport;
  const hook = renderHook(() => useTransitionForm('r1', r, () => undefined));
  return {
    get form() {
      return hook.current;
    },
  };
}
const tap = (run: () => Promise<unknown>) =>
  act(async () => {
    await run();
  });

beforeEach(() => {
  storage.clear();
  sent.length = 0;
  picks.length = 0;
});

describe('photo slots', () => {
  it('a new photo takes the lowest slot no kept photo uses, never one in use', () => {
    expect(freeSlots([], 3)).toEqual([0, 1, 2]);
    expect(freeSlots([{ index: 0 }, { index: 2 }], 3)).toEqual([1]);
    expect(freeSlots([{ index: 0 }, { index: 1 }, { index: 2 }], 3)).toEqual([]);
  });
});

describe('整改照片 go with 转入整改 and 办结 only', () => {
  const photo = { fileId: 'cloud://f/0.jpg', url: 'blob:0', index: 0 };
  const d = { ...blankTransition(), note: '已整改', photos: [photo] };
  it('with their submission key for 转入整改 and 办结', () => {
    expect(transitionInputOf('r1', { ...d, to: 'closed' })).toMatchObject({
      clientKey: d.clientKey,
      photos: ['cloud://f/0.jpg'],
    });
    expect(transitionInputOf('r1', { ...d, to: 'rectifying', deadline: '2026-12-01' })).toMatchObject({
      photos: ['cloud://f/0.jpg'],
    });
  });
  it('never with 受理 or 不予受理, nor an empty list', () => {
    expect(transitionInputOf('r1', { ...d, to: 'accepted' })).not.toHaveProperty('photos');
    expect(transitionInputOf('r1', { ...d, to: 'rejected', reasonId: 'duplicate' })).not.toHaveProperty('photos');
    const none = transitionInputOf('r1', { ...d, photos: [], to: 'closed' });
    expect(none).not.toHaveProperty('photos');
    expect(none).not.toHaveProperty('clientKey');
  });
});

describe('the handler adds 整改照片 through the shared photo upload', () => {
  it('asks for the ticket of the draft’s key, keeps at most 3, and 办结 sends them', async () => {
    const page = mount('rectifying');
    const key = page.form.draft.clientKey;
    picks.push(['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg']);
    await tap(() => page.form.addPhotos());
    expect(sent[0]).toEqual(['reports', 'photoTicket', { clientKey: key }]);
    expect(page.form.draft.photos.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(page.form.upload).toBeNull();
    act(() => page.form.removePhoto(page.form.draft.photos[1].fileId));
    picks.push(['e.jpg']);
    await tap(() => page.form.addPhotos());
    expect(page.form.draft.photos.map((p) => [p.index, p.url])).toEqual([
      [0, 'a.jpg'],
      [2, 'c.jpg'],
      [1, 'e.jpg'],
    ]);
    const fileIds = page.form.draft.photos.map((p) => p.fileId);
    act(() => page.form.change({ note: '已整改完毕' }));
    await tap(() => page.form.move('closed'));
    const transition = sent.find(([, action]) => action === 'transition')![2];
    expect(transition).toMatchObject({ to: 'closed', clientKey: key, photos: fileIds });
    // After the change the next one starts afresh: its own key, no photos.
    expect(page.form.draft.photos).toEqual([]);
    expect(page.form.draft.clientKey).not.toBe(key);
  });

  it('a declined privacy consent is told on the photos; a closed picker says nothing', async () => {
    const page = mount('accepted');
    picks.push(new Error('cancel'));
    await tap(() => page.form.addPhotos());
    expect(page.form.errors.photos).toBeUndefined();
    picks.push(new PrivacyDeclined('添加照片'));
    await tap(() => page.form.addPhotos());
    expect(page.form.errors.photos).toBe('需要您同意隐私保护指引后才能添加照片');
    expect(sent).toEqual([]);
  });
});
