/**
 * Draws the toolbar icons (`npm run icons` → public/icon/{16,32,48,128}.png): a lens over a
 * page of text lines, in the brand blue. Written as raw PNG so no image library is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE: Rgba = [30, 94, 200, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const PALE: Rgba = [190, 212, 250, 255];
type Rgba = [number, number, number, number];

/** Colour of the pixel at (x, y) in a unit square, or null for transparent. */
function shade(x: number, y: number): Rgba | null {
  const r = 0.2; // rounded-square corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  // Lens ring and handle.
  const d = Math.hypot(x - 0.44, y - 0.44);
  if (d > 0.2 && d < 0.29) return WHITE;
  const along = (x - 0.6 + (y - 0.6)) / Math.SQRT2;
  const across = Math.abs(x - 0.6 - (y - 0.6)) / Math.SQRT2;
  if (along > 0.04 && along < 0.3 && across < 0.06) return WHITE;
  // Text lines seen through the lens.
  if (d <= 0.2 && [0.37, 0.45, 0.53].some((ly) => Math.abs(y - ly) < 0.025) && x > 0.32 && x < 0.56)
    return PALE;
  return BLUE;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** 4× supersampled so small sizes stay smooth. */
function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const s = 4;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < s; sy++)
        for (let sx = 0; sx < s; sx++) {
          const c = shade((x + (sx + 0.5) / s) / size, (y + (sy + 0.5) / s) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] = (acc[i] ?? 0) + (c[i] ?? 0);
          acc[3] = (acc[3] ?? 0) + 255;
        }
      const n = (acc[3] ?? 0) / 255;
      const px = n ? acc.slice(0, 3).map((v) => Math.round(v / n)) : [0, 0, 0];
      row.set([...px, Math.round((acc[3] ?? 0) / (s * s))], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(path.join(out, `${size}.png`), icon(size));
