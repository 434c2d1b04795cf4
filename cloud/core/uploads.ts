import { keyedHash } from './keys';

/**
 * A pending client upload's path: `uploads/<32 hex>/<slot 0–8>.jpg|png`. The
 * CloudBase storage rules (cloudbase/storage-rules.json) and the local host's
 * upload endpoint accept client writes at exactly these paths and nowhere else.
 */
export const UPLOAD_PATH = /^uploads\/[0-9a-f]{32}\/[0-8]\.(jpg|png)$/;

/**
 * The folder one reporter's one submission uploads into: a keyed hash of both,
 * so it is the caller's own (nobody else can name it) and two submissions of
 * one person share nothing.
 */
export const uploadFolderOf = (secret: string, ownerKey: string, clientKey: string) =>
  `uploads/${keyedHash(secret, 'photo-upload', `${ownerKey}:${clientKey}`).slice(0, 32)}/`;
