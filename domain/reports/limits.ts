/** Abuse and size limits, shared by the form and the function so both say the same. */
export const REPORT_LIMITS = {
  perDay: 10,
  photosMax: 9,
  photosMin: 1,
  /** 整改照片 a handler attaches to 转入整改 or 办结, for the reporter to see. */
  rectificationPhotosMax: 3,
  /** Bytes of one compressed photo; the local host's request limit is 1 MB including base64. */
  photoBytes: 600 * 1024,
  /** The longest side after client compression: enough to read a sign or a label in a photo. */
  photoMaxSide: 1280,
  descriptionMin: 10,
  descriptionMax: 500,
  placeMax: 60,
  addressMax: 100,
  noteMax: 300,
  /** How far back "when seen" may be. */
  seenWithinDays: 90,
} as const;

export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
