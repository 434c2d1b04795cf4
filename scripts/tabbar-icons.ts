/**
 * Draws the tab bar icons (主题 / 安全知识 / 我的, each plain and selected) into
 * src/assets/tabbar/ as small PNGs: `npx tsx scripts/tabbar-icons.ts`.
 *
 * The tab bar takes only image files (no icon fonts or SVG on weapp), and the
 * machine building them has no drawing tools or downloads, so the shapes are
 * rasterised here with 4×4 supersampling and written with zlib. Plain icons
 * are outlines in the tab bar's text grey; selected ones are filled in the
 * brand red with their inner strokes cut out, as WeChat's own tab bars do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

// WeChat's recommended tab icon size; it is shown at 27 × 27 pt.
const SIZE = 81;
const SAMPLES = 4;
const STROKE = 0.075;
const GREY: Rgb = [0x66, 0x66, 0x66];
const RED: Rgb = [0xc8, 0x16, 0x1d];
const MAX_BYTES = 3 * 1024;

type Rgb = [number, number, number];
type Point = [number, number];
/** A shape as a membership test in unit coordinates (0..1 across the icon). */
type Region = (x: number, y: number) => boolean;

interface Icon {
  name: string;
  /** The solid silhouette: filled when selected, outlined otherwise. */
  body: Region;
  /** Strokes inside the silhouette: grey lines when plain, cut out when selected. */
  details: Point[][];
}

function insidePolygon(points: Point[]): Region {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function distanceToSegment(x: number, y: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

function onPolyline(points: Point[], width: number): Region {
  return (x, y) => points.slice(1).some((p, i) => distanceToSegment(x, y, points[i], p) <= width / 2);
}

const union =
  (...regions: Region[]): Region =>
  (x, y) =>
    regions.some((r) => r(x, y));

/** The rim of a region: points inside it that have a point outside within the stroke width. */
function rim(region: Region, width: number): Region {
  const ring = Array.from({ length: 24 }, (_, i) => [Math.cos((i * Math.PI) / 12), Math.sin((i * Math.PI) / 12)]);
  return (x, y) =>
    region(x, y) && ring.some(([dx, dy]) => [width, width / 2].some((r) => !region(x + dx * r, y + dy * r)));
}

// The shield's sides curve in to its point; sampled finely enough that the polygon reads as a curve.
const shieldCurve: Point[] = Array.from({ length: 9 }, (_, i) => {
  const t = i / 8;
  return [0.84 - 0.34 * (1 - Math.cos((t * Math.PI) / 2)), 0.44 + 0.48 * Math.sin((t * Math.PI) / 2)];
});
const shield: Point[] = [
  [0.5, 0.08],
  [0.84, 0.2],
  ...shieldCurve,
  ...shieldCurve
    .slice(0, -1)
    .reverse()
    .map(([x, y]): Point => [1 - x, y]),
  [0.16, 0.2],
];

const leftPage: Point[] = [
  [0.06, 0.2],
  [0.46, 0.28],
  [0.46, 0.86],
  [0.06, 0.78],
];
const rightPage = leftPage.map(([x, y]): Point => [1 - x, y]);

const head: Region = (x, y) => Math.hypot(x - 0.5, y - 0.3) <= 0.19;
// Shoulders: the upper half of an ellipse standing on the icon's lower edge.
const shoulders: Region = (x, y) => y <= 0.9 && ((x - 0.5) / 0.36) ** 2 + ((y - 0.9) / 0.34) ** 2 <= 1;

const ICONS: Icon[] = [
  {
    name: 'theme',
    body: insidePolygon(shield),
    details: [
      [
        [0.33, 0.5],
        [0.46, 0.63],
        [0.68, 0.4],
      ],
    ],
  },
  { name: 'knowledge', body: union(insidePolygon(leftPage), insidePolygon(rightPage)), details: [] },
  { name: 'me', body: union(head, shoulders), details: [] },
];

/** RGBA pixels: `ink` says which colour (if any) covers a point; coverage becomes alpha. */
function render(ink: (x: number, y: number) => Rgb | null): Buffer {
  const pixels = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      const sum = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = ink((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
          if (!colour) continue;
          hits++;
          colour.forEach((c, i) => (sum[i] += c));
        }
      }
      const at = (py * SIZE + px) * 4;
      if (hits) sum.forEach((c, i) => (pixels[at + i] = Math.round(c / hits)));
      pixels[at + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const out = resolve(__dirname, '../src/assets/tabbar');
  mkdirSync(out, { recursive: true });
  for (const icon of ICONS) {
    const details = union(...icon.details.map((d) => onPolyline(d, STROKE)));
    const outline = union(rim(icon.body, STROKE), details);
    const variants: [string, (x: number, y: number) => Rgb | null][] = [
      [`${icon.name}.png`, (x, y) => (outline(x, y) ? GREY : null)],
      [`${icon.name}-active.png`, (x, y) => (icon.body(x, y) && !details(x, y) ? RED : null)],
    ];
    for (const [file, ink] of variants) {
      const bytes = png(render(ink));
      if (bytes.length > MAX_BYTES) throw new Error(`${file} is ${bytes.length} bytes; tab icons must stay under 3 KB`);
      writeFileSync(join(out, file), bytes);
      console.log(`${file}: ${bytes.length} bytes`);
    }
  }
}

main();
