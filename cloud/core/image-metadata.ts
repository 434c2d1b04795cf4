/**
 * Removes what a photo says about its taker before it is stored: EXIF (GPS
 * position, camera and phone model, serial numbers, the moment taken), XMP,
 * IPTC, comments and embedded thumbnails. Pixels are not re-encoded. JPEG keeps
 * only the segments needed to decode and colour it correctly (JFIF, ICC profile,
 * Adobe colour transform, tables, frame, scan); PNG keeps the critical and
 * colour chunks and drops text, eXIf and tIME. The EXIF orientation is carried
 * over as a minimal EXIF block holding only that tag, so the photo stays upright.
 */

export type PhotoType = 'image/jpeg' | 'image/png';

/** The image type by its leading bytes (the client's word for it is not trusted). */
export function sniffPhotoType(bytes: Buffer): PhotoType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  return null;
}

/** The photo without metadata, or null when it is not a well-formed JPEG or PNG. */
export function stripPhotoMetadata(bytes: Buffer): { bytes: Buffer; type: PhotoType } | null {
  const type = sniffPhotoType(bytes);
  const stripped = type === 'image/jpeg' ? stripJpeg(bytes) : type === 'image/png' ? stripPng(bytes) : null;
  return stripped && type ? { bytes: stripped, type } : null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Chunks a viewer needs to show the image as taken; everything else (tEXt, zTXt, iTXt, eXIf, tIME, private) goes. */
const PNG_KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'bKGD',
  'pHYs',
]);

function stripPng(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [PNG_SIGNATURE];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (PNG_KEEP.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return null;
}

const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

/** APPn segments that affect decoding or colour; every other APPn and COM is metadata. */
function keepJpegSegment(marker: number, body: Buffer): boolean {
  if (marker === APP0) return body.toString('latin1', 0, 5) === 'JFIF\0';
  if (marker === APP2) return body.toString('latin1', 0, 12) === 'ICC_PROFILE\0';
  if (marker === APP14) return body.toString('latin1', 0, 5) === 'Adobe';
  return !(marker >= APP0 && marker <= 0xef) && marker !== COM;
}

function stripJpeg(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let orientation = 1;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return null;
    const body = bytes.subarray(at + 4, end);
    if (marker === APP1 && body.toString('latin1', 0, 6) === 'Exif\0\0')
      orientation = exifOrientation(body.subarray(6));
    if (marker === SOS) {
      if (orientation !== 1) parts.splice(1, 0, orientationSegment(orientation));
      // Entropy-coded data and everything after it (restart markers, EOI) is pixels.
      parts.push(bytes.subarray(at));
      return Buffer.concat(parts);
    }
    if (keepJpegSegment(marker, body)) parts.push(bytes.subarray(at, end));
    at = end;
  }
  return null;
}

/** The Orientation tag (0x0112) of IFD0 of a TIFF block, 1 when absent or unreadable. */
function exifOrientation(tiff: Buffer): number {
  try {
    const little = tiff.toString('latin1', 0, 2) === 'II';
    const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
    const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
    const ifd = u32(4);
    const count = u16(ifd);
    for (let i = 0; i < count; i += 1) {
      const entry = ifd + 2 + i * 12;
      if (u16(entry) === 0x0112) {
        const value = u16(entry + 8);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
  } catch {
    // A truncated EXIF block: no orientation to keep.
  }
  return 1;
}

/** An APP1 EXIF segment whose only entry is Orientation (big-endian TIFF, one IFD, no next IFD). */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, APP1, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}
