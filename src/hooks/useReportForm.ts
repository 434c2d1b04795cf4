import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldErrors } from '@domain/common/errors';
import { checkInput } from '@domain/common/validation';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { submitReportInput, type SubmitReportInput } from '@domain/reports/schemas';
import type { MyReport, ReportPhoto } from '@domain/reports/types';
import { ApiError, messageOf } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { pickLocation } from '@/services/location';
import { PERSONAL_KEYS } from '@/services/personal-storage';
import { choosePhotos, preparePhoto, uploadPhoto } from '@/services/photos';
import { PrivacyDeclined, declinedMessageOr } from '@/services/privacy-consent';
import { askForStatusMessages } from '@/services/subscribe';

export interface DraftPhoto extends ReportPhoto {
  /** Its slot under the submission's key on the server (0–8), kept so a replaced photo never overwrites another. */
  index: number;
}

export interface ReportDraft {
  clientKey: string;
  setting: string;
  category: string;
  description: string;
  photos: DraftPhoto[];
  address: string;
  latitude?: number;
  longitude?: number;
  seenAt: number;
  place: string;
  anonymous: boolean;
  name: string;
  phone: string;
  consent: boolean;
}

const DRAFT_KEY = PERSONAL_KEYS.reportDraft;

const newClientKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

function blankDraft(): ReportDraft {
  return {
    clientKey: newClientKey(),
    setting: '',
    category: '',
    description: '',
    photos: [],
    address: '',
    seenAt: Date.now(),
    place: '',
    anonymous: false,
    name: '',
    phone: '',
    consent: false,
  };
}

const hasContent = (d: ReportDraft) => Boolean(d.description || d.photos.length || d.place || d.address);

export function payloadOf(d: ReportDraft): SubmitReportInput {
  return {
    clientKey: d.clientKey,
    setting: d.setting,
    category: d.category,
    description: d.description,
    photos: d.photos.map((p) => p.fileId),
    location: {
      address: d.address,
      ...(d.latitude !== undefined && d.longitude !== undefined
        ? { latitude: d.latitude, longitude: d.longitude }
        : {}),
    },
    seenAt: d.seenAt,
    place: d.place,
    anonymous: d.anonymous,
    contact: d.anonymous ? undefined : { name: d.name, phone: d.phone },
    consent: d.consent as true,
  };
}

/**
 * The 随手拍 form: every change is kept as a draft in storage (photos are
 * uploaded as they are chosen, so the draft holds them too), and the draft's
 * client key makes a retried submit answer the report already filed.
 */
export function useReportForm() {
  const [draft, setDraft] = useState<ReportDraft>(blankDraft);
  const [saved, setSaved] = useState<ReportDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [upload, setUpload] = useState<{ done: number; total: number } | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const [statusTemplate, setStatusTemplate] = useState<string | null>(null);

  useEffect(() => {
    const stored = Taro.getStorageSync(DRAFT_KEY) as ReportDraft | '';
    if (stored && hasContent(stored)) setSaved(stored);
    callFunction('reports', 'statusTemplate').then(
      (t) => setStatusTemplate(t.templateId),
      () => setStatusTemplate(null),
    );
  }, []);

  const update = (patch: Partial<ReportDraft>) => {
    setDraft((old) => {
      const next = { ...old, ...patch };
      Taro.setStorageSync(DRAFT_KEY, next);
      return next;
    });
    setErrors((old) => {
      const cleared: FieldErrors = { ...old, _: '' };
      for (const key of Object.keys(patch)) cleared[key] = '';
      return cleared;
    });
  };

  const resumeSaved = () => {
    if (saved) setDraft(saved);
    setSaved(null);
  };

  const discardSaved = () => {
    Taro.removeStorageSync(DRAFT_KEY);
    setSaved(null);
  };

  const addPhotos = async () => {
    const room = REPORT_LIMITS.photosMax - draft.photos.length;
    if (room <= 0 || upload) return;
    let paths: string[];
    try {
      paths = await choosePhotos(room);
    } catch (e) {
      // Otherwise the reporter closed the picker, which needs no message.
      if (e instanceof PrivacyDeclined) setErrors((old) => ({ ...old, photos: e.message }));
      return;
    }
    const used = new Set(draft.photos.map((p) => p.index));
    const free = Array.from({ length: REPORT_LIMITS.photosMax }, (_, i) => i).filter((i) => !used.has(i));
    setUpload({ done: 0, total: paths.length });
    const added: DraftPhoto[] = [];
    try {
      const ticket = await callFunction('reports', 'photoTicket', { clientKey: draft.clientKey });
      for (const [n, path] of paths.slice(0, free.length).entries()) {
        const stored = await uploadPhoto(ticket, free[n], await preparePhoto(path));
        added.push({ ...stored, index: free[n] });
        setUpload({ done: n + 1, total: paths.length });
      }
    } catch (e) {
      setErrors((old) => ({
        ...old,
        photos: e instanceof ApiError ? e.message : (e as Error).message || '照片上传失败',
      }));
    } finally {
      setUpload(null);
      if (added.length)
        setDraft((old) => {
          const next = { ...old, photos: [...old.photos, ...added] };
          Taro.setStorageSync(DRAFT_KEY, next);
          return next;
        });
    }
  };

  const removePhoto = (fileId: string) => update({ photos: draft.photos.filter((p) => p.fileId !== fileId) });

  const locate = async () => {
    try {
      const picked = await pickLocation();
      update({ latitude: picked.latitude, longitude: picked.longitude, address: picked.address || draft.address });
    } catch (e) {
      const why = declinedMessageOr(e, '未能获取位置（可能未授权定位）');
      setErrors((old) => ({ ...old, 'location.address': `${why}，请直接填写地址` }));
    }
  };

  /** Answers the filed report, or null when the form or the server refused it (the draft stays). */
  const submit = async (): Promise<MyReport | null> => {
    if (submitting || upload) return null;
    const payload = payloadOf(draft);
    const invalid = checkInput(submitReportInput, payload);
    if (invalid) {
      setErrors(invalid);
      return null;
    }
    setSubmitting(true);
    try {
      // An anonymous report keeps no openid, so there is nobody to message.
      if (!draft.anonymous) await askForStatusMessages([statusTemplate]);
      const report = await callFunction('reports', 'submit', payload);
      Taro.removeStorageSync(DRAFT_KEY);
      setDraft(blankDraft());
      return report;
    } catch (e) {
      const fields = e instanceof ApiError ? e.fieldErrors : {};
      setErrors({
        ...fields,
        _: `${messageOf(e)}${e instanceof ApiError && e.code === 'network' ? '（已保存草稿，可直接重试）' : ''}`,
      });
      return null;
    } finally {
      setSubmitting(false);
    }
  };

  return {
    draft,
    saved,
    errors,
    upload,
    submitting,
    update,
    resumeSaved,
    discardSaved,
    addPhotos,
    removePhoto,
    locate,
    submit,
  };
}
