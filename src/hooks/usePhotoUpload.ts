import { useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import type { ReportPhoto } from '@domain/reports/types';
import { ApiError } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { choosePhotos, preparePhoto, uploadPhoto } from '@/services/photos';
import { PrivacyDeclined } from '@/services/privacy-consent';

export interface DraftPhoto extends ReportPhoto {
  /** Its slot under the submission's key on the server, kept so a replaced photo never overwrites another. */
  index: number;
}

/** A submission's key: the server's photo folder and a retried submit's identity. */
export const newClientKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** The slots (0 … max−1) no kept photo uses, lowest first: where the next uploads go. */
export function freeSlots(photos: Pick<DraftPhoto, 'index'>[], max: number): number[] {
  const used = new Set(photos.map((p) => p.index));
  return Array.from({ length: max }, (_, i) => i).filter((i) => !used.has(i));
}

/** The part of a form (`useForm`) whose draft holds photos under a submission's key. */
export interface PhotoForm<D extends { clientKey: string; photos: DraftPhoto[] }> {
  draft: D;
  setDraft: (next: (old: D) => D) => void;
  change: (patch: Partial<D>) => void;
  /** The form's field errors: every message lands on `photos`. */
  fail: (errors: FieldErrors) => void;
}

/**
 * Adding photos to a form, shared by the 随手拍 form and the handler's 整改照片:
 * the picker (privacy consent first; a declined consent is told, a closed
 * picker is not), then `reports.photoTicket` for the draft's `clientKey` folder, and
 * each photo compressed and uploaded into a free slot of `max` (the reporter's 9,
 * the handler's 3), with `upload` as the progress (null when idle). Photos
 * uploaded before a failure are kept; `removePhoto` takes one out of the draft.
 */
export function usePhotoUpload<D extends { clientKey: string; photos: DraftPhoto[] }>(form: PhotoForm<D>, max: number) {
  const { draft, setDraft, change, fail } = form;
  const { clientKey, photos } = draft;
  const add = (added: DraftPhoto[]) => setDraft((old) => ({ ...old, photos: [...old.photos, ...added] }));
  const [upload, setUpload] = useState<{ done: number; total: number } | null>(null);

  const addPhotos = async () => {
    const room = max - photos.length;
    if (room <= 0 || upload) return;
    let paths: string[];
    try {
      paths = await choosePhotos(room);
    } catch (e) {
      // Otherwise the person closed the picker, which needs no message.
      if (e instanceof PrivacyDeclined) fail({ photos: e.message });
      return;
    }
    const free = freeSlots(photos, max);
    setUpload({ done: 0, total: paths.length });
    const added: DraftPhoto[] = [];
    try {
      const ticket = await callFunction('reports', 'photoTicket', { clientKey });
      for (const [n, path] of paths.slice(0, free.length).entries()) {
        const stored = await uploadPhoto(ticket, free[n], await preparePhoto(path));
        added.push({ ...stored, index: free[n] });
        setUpload({ done: n + 1, total: paths.length });
      }
    } catch (e) {
      fail({ photos: e instanceof ApiError ? e.message : (e as Error).message || '照片上传失败' });
    } finally {
      setUpload(null);
      if (added.length) {
        add(added);
        fail({ photos: '' });
      }
    }
  };

  const removePhoto = (fileId: string) => change({ photos: photos.filter((p) => p.fileId !== fileId) } as Partial<D>);

  return { upload, addPhotos, removePhoto };
}
