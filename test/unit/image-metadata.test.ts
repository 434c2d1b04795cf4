import { sniffPhotoType, stripPhotoMetadata } from '../../cloud/core/image-metadata';
import { PNG_1PX } from '../support/reports';
import { JPEG_PIXELS, jpegWithMetadata, pngWithMetadata } from '../support/photos';

describe('photo metadata is removed before a photo is stored', () => {
  it('drops EXIF (GPS, make), XMP and comments from a JPEG, keeps the pixels and the orientation only', () => {
    const clean = stripPhotoMetadata(jpegWithMetadata('SECRET', 6));
    expect(clean?.type).toBe('image/jpeg');
    const text = clean!.bytes.toString('latin1');
    expect(text).not.toContain('SECRET');
    expect(text).toContain('JFIF');
    expect(clean!.bytes.subarray(clean!.bytes.length - JPEG_PIXELS.length)).toEqual(JPEG_PIXELS);
    // Only Orientation survives: one IFD entry, tag 0x0112, value 6; no GPS IFD pointer (0x8825).
    const exifAt = clean!.bytes.indexOf('Exif\0\0', 0, 'latin1');
    expect(exifAt).toBeGreaterThan(0);
    const tiff = clean!.bytes.subarray(exifAt + 6);
    expect([tiff.readUInt16BE(8), tiff.readUInt16BE(10), tiff.readUInt16BE(18)]).toEqual([1, 0x0112, 6]);
    expect(clean!.bytes.indexOf(Buffer.from([0x88, 0x25]))).toBe(-1);
  });

  it('writes no EXIF at all when the photo was upright', () => {
    const clean = stripPhotoMetadata(jpegWithMetadata('SECRET', 1));
    expect(clean!.bytes.toString('latin1')).not.toContain('Exif');
  });

  it('drops tEXt, eXIf and tIME from a PNG and keeps the image chunks byte for byte', () => {
    const clean = stripPhotoMetadata(pngWithMetadata('SECRET'));
    expect(clean?.type).toBe('image/png');
    expect(clean!.bytes.toString('latin1')).not.toMatch(/SECRET|tEXt|eXIf|tIME/);
    expect(clean!.bytes).toEqual(Buffer.from(PNG_1PX, 'base64'));
  });

  it('refuses what is not a well-formed JPEG or PNG, whatever its name says', () => {
    expect(stripPhotoMetadata(Buffer.from('GIF89a……'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('<svg/>'))).toBeNull();
    const truncated = jpegWithMetadata('X').subarray(0, 30);
    expect(stripPhotoMetadata(truncated)).toBeNull();
    expect(stripPhotoMetadata(Buffer.from(PNG_1PX, 'base64').subarray(0, 40))).toBeNull();
  });
});
