import { crc32 } from 'node:zlib';
import { PNG_1PX } from './reports';

/** A JPEG segment: marker, big-endian length (which counts itself), body. */
function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A big-endian TIFF block: IFD0 with Make, Orientation and a GPS IFD pointer; the GPS IFD with a latitude ref. */
function exifTiff(make: string, orientation: number): Buffer {
  const makeBytes = Buffer.from(`${make}\0`, 'latin1');
  const ifd0 = 8;
  const gpsIfd = ifd0 + 2 + 3 * 12 + 4;
  const makeAt = gpsIfd + 2 + 12 + 4;
  const tiff = Buffer.alloc(makeAt + makeBytes.length);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(ifd0, 4);
  tiff.writeUInt16BE(3, ifd0);
  const entry = (i: number, tag: number, type: number, count: number, value: number) => {
    const at = ifd0 + 2 + i * 12;
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    if (type === 3) tiff.writeUInt16BE(value, at + 8);
    else tiff.writeUInt32BE(value, at + 8);
  };
  entry(0, 0x010f, 2, makeBytes.length, makeAt); // Make
  entry(1, 0x0112, 3, 1, orientation); // Orientation
  entry(2, 0x8825, 4, 1, gpsIfd); // GPSInfo
  tiff.writeUInt16BE(1, gpsIfd);
  tiff.writeUInt16BE(0x0001, gpsIfd + 2); // GPSLatitudeRef
  tiff.writeUInt16BE(2, gpsIfd + 4);
  tiff.writeUInt32BE(2, gpsIfd + 6);
  tiff.write('N\0', gpsIfd + 10, 'latin1');
  makeBytes.copy(tiff, makeAt);
  return tiff;
}

/** The pixel part of the fixture: a quantisation table, a frame header, a scan header and entropy data, then EOI. */
export const JPEG_PIXELS = Buffer.concat([
  segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
  segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
  segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
  Buffer.from([0x12, 0x34, 0xff, 0x00, 0x56, 0xff, 0xd9]),
]);

/**
 * A JPEG carrying what a phone writes about its owner: EXIF with the phone's
 * make, the GPS position and an orientation; an XMP block; a comment. `marker`
 * is written into each so a test can look for any trace of them.
 */
export function jpegWithMetadata(marker: string, orientation = 6): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(`${marker}-Make`, orientation)])),
    segment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>${marker}-XMP</x:xmpmeta>`, 'latin1')),
    segment(0xfe, Buffer.from(`${marker}-Comment`, 'latin1')),
    JPEG_PIXELS,
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The 1×1 PNG with tEXt, eXIf and tIME chunks carrying `marker`, inserted before IEND. */
export function pngWithMetadata(marker: string): Buffer {
  const png = Buffer.from(PNG_1PX, 'base64');
  const iend = png.length - 12;
  return Buffer.concat([
    png.subarray(0, iend),
    pngChunk('tEXt', Buffer.from(`Author\0${marker}-Text`, 'latin1')),
    pngChunk('eXIf', Buffer.from(`MM\0*${marker}-Exif`, 'latin1')),
    pngChunk('tIME', Buffer.from([7, 234, 6, 16, 9, 30, 0])),
    png.subarray(iend),
  ]);
}
