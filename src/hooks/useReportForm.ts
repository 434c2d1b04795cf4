import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@domain/common/errors';
import { EMERGENCY_MESSAGE, emergencyIn } from '@domain/reports/emergency';
import { REPORT_LIMITS } from '@domain/reports/limits';
import { seenAtProblem } from '@domain/reports/seen-at';
import { submitReportInput, type SubmitReportInput } from '@domain/reports/schemas';
import type { MyReport } from '@domain/reports/types';
import { ApiError } from '@/services/api-error';
import { callFunction } from '@/services/cloud';
import { pickLocation } from '@/services/location';
import { PERSONAL_KEYS } from '@/services/personal-storage';
import { declinedMessageOr } from '@/services/privacy-consent';
import { askForStatusMessages } from '@/services/subscribe';
import { useForm } from './useForm';
import { newClientKey, usePhotoUpload, type DraftPhoto } from './usePhotoUpload';

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

/**
 * The page element a field's error sits in, where it is not `#report-<field>`:
 * the setting and its category share one message, the position's parts and the
 * contact as a whole show by their inputs. A missing target would leave the page
 * where it is (test/weapp/report.test.ts checks the scroll lands on the message).
 */
const SCROLL_TARGETS: Record<string, string> = {
  setting: 'category',
  location: 'address',
  latitude: 'locate',
  longitude: 'locate',
  contact: 'phone',
  seenAt: 'seen-at',
};

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

/** A draft with something typed or a photo taken is worth offering again. */
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
 * The 随手拍 form on the one form hook: every change is kept as a draft in
 * storage (photos are uploaded as they are chosen, so the draft holds them
 * too), the draft's client key makes a retried submit answer the report
 * already filed, and a filed report opens its result page in place of the form.
 */
export function useReportForm(onFiled: (report: MyReport) => void) {
  const [statusTemplate, setStatusTemplate] = useState<string | null>(null);
  /** The server's emergency answer (call 119/110/120 now), shown instead of the form until dismissed. */
  const [emergency, setEmergency] = useState<string | null>(null);
  /** Set by the emergency screen's 继续提交: the reporter confirms the danger is not happening now. */
  const notHappeningNow = useRef(false);

  useEffect(() => {
    // Fetched before the tap: the subscribe prompt must be the tap's first call.
    callFunction('reports', 'statusTemplate').then(
      (t) => setStatusTemplate(t.templateId),
      () => setStatusTemplate(null),
    );
  }, []);

  const form = useForm<ReportDraft, SubmitReportInput, MyReport>({
    initial: blankDraft,
    schema: submitReportInput,
    toInput: payloadOf,
    // The function's own window check, so a draft kept for days is told before it is sent.
    rules: (input): FieldErrors => {
      const problem = seenAtProblem(input.seenAt, Date.now());
      return problem ? { seenAt: problem } : {};
    },
    draftKey: DRAFT_KEY,
    worthKeeping: hasContent,
    fieldSelector: (field) => {
      const name = field.split('.').pop() ?? field;
      return `#report-${SCROLL_TARGETS[name] ?? name}`;
    },
    // An anonymous report keeps no openid, so there is nobody to message.
    first: (d) => (d.anonymous ? undefined : askForStatusMessages([statusTemplate])),
    send: async (payload) => {
      try {
        const report = await callFunction(
          'reports',
          'submit',
          notHappeningNow.current ? { ...payload, notHappeningNow: true } : payload,
        );
        setEmergency(null);
        return report;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'emergency') setEmergency(e.message);
        throw e;
      }
    },
    done: onFiled,
  });
  const { draft, change: update, fail } = form;

  const { upload, addPhotos, removePhoto } = usePhotoUpload(form, REPORT_LIMITS.photosMax);

  const locate = async () => {
    try {
      const picked = await pickLocation();
      update({ latitude: picked.latitude, longitude: picked.longitude, address: picked.address || draft.address });
    } catch (e) {
      const why = declinedMessageOr(e, '未能获取位置（可能未授权定位）');
      fail({ 'location.address': `${why}，请直接填写地址` });
    }
  };

  /**
   * Ignored while photos are still uploading: their slots are not in the draft yet.
   * Emergency wording is answered first, before any other field is checked (the
   * same rule the function applies before its schema), so a short "正在着火" is
   * told to call 119, never that it is too short. `confirmNotNow` resubmits after
   * the emergency answer with the reporter's confirmation; if the form then
   * refuses, the emergency screen steps aside so the marked fields show.
   */
  const submit = async (confirmNotNow = false) => {
    if (upload) return null;
    notHappeningNow.current = confirmNotNow;
    if (!confirmNotNow && emergencyIn(payloadOf(form.draft))) {
      setEmergency(EMERGENCY_MESSAGE);
      return null;
    }
    const filed = await form.submit();
    if (!filed && confirmNotNow) setEmergency(null);
    return filed;
  };

  return {
    ...form,
    update,
    upload,
    addPhotos,
    removePhoto,
    locate,
    submit,
    emergency,
    dismissEmergency: () => setEmergency(null),
  };
}
