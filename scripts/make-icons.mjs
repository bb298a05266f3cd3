#!/usr/bin/env node
// Draws the app's PNG icons (web app manifest, home screens) from the shapes of public/favicon.svg, with Node's
// built-ins only: the PNGs are committed, this script is how they were made. Deterministic: the same bytes each run.
//
//   node scripts/make-icons.mjs        # writes public/pwa-192.png, pwa-512.png, pwa-maskable-512.png, apple-touch-icon.png
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const PUBLIC = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'public');

/** The theme colour (manifest theme_color) and the favicon's two blues. */
const BLUE = [0x2b, 0x6c, 0xb0];
const DARK = [0x1a, 0x36, 0x5d];
const LIGHT = [0xbe, 0xe3, 0xf8];
const WHITE = [0xff, 0xff, 0xff];

/** Signed distance to a rounded rectangle (centre cx,cy, half sizes hw,hh, corner radius r): <= 0 inside. */
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to the segment (ax,ay)-(bx,by) minus half the stroke width: a line with round caps. */
function capsule(x, y, ax, ay, bx, by, halfWidth) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - halfWidth;
}

/**
 * Layers of an icon, bottom first: each a colour and a shape test over the favicon's 64x64 units after the icon's
 * transform. `background` covers the whole square (maskable, apple) or a rounded tile (the plain icons).
 */
function layers({ background, tile, blocks, link }) {
  const favicon = [
    { color: blocks, inside: (x, y) => roundedRect(x, y, 14, 32, 10, 12, 3) <= 0 },
    { color: blocks, inside: (x, y) => roundedRect(x, y, 50, 32, 10, 12, 3) <= 0 },
    { color: link, inside: (x, y) => capsule(x, y, 24, 32, 40, 32, 2.5) <= 0 },
  ];
  return { background, tile, favicon };
}

/**
 * Renders one icon: `contentScale` is the share of the icon's width the favicon's 64 units take, centred.
 * 4x4 samples per pixel give smooth edges.
 */
function render(size, { background, tile, favicon }, contentScale) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  const unitsPerPixel = 64 / (size * contentScale);
  const offset = (size * (1 - contentScale)) / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let color = null;
          if (background) color = background;
          else if (tile && roundedRect(x, y, size / 2, size / 2, size / 2, size / 2, size * 0.18) <= 0) color = tile;
          const ux = (x - offset) * unitsPerPixel;
          const uy = (y - offset) * unitsPerPixel;
          for (const layer of favicon) if (layer.inside(ux, uy)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colours averaged over the covered samples (not premultiplied), coverage as alpha.
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG: signature, IHDR, one IDAT (filter 0 on every row), IEND. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const plain = layers({ background: null, tile: WHITE, blocks: BLUE, link: DARK });
// Maskable: full-bleed theme colour, content inside the central safe circle (radius 40 % of the icon).
const maskable = layers({ background: BLUE, tile: null, blocks: WHITE, link: LIGHT });
// iOS fills transparency with black: an opaque white square, iOS rounds the corners itself.
const apple = layers({ background: WHITE, tile: null, blocks: BLUE, link: DARK });

const ICONS = [
  { file: 'pwa-192.png', size: 192, design: plain, scale: 0.8 },
  { file: 'pwa-512.png', size: 512, design: plain, scale: 0.8 },
  { file: 'pwa-maskable-512.png', size: 512, design: maskable, scale: 0.62 },
  { file: 'apple-touch-icon.png', size: 180, design: apple, scale: 0.75 },
  // The tab's icon as a PNG: an SVG favicon costs a headless Chromium page ~40 ms of its main thread at startup.
  { file: 'favicon-32.png', size: 32, design: plain, scale: 0.9 },
];

for (const { file, size, design, scale } of ICONS) {
  const png = encodePng(size, render(size, design, scale));
  writeFileSync(join(PUBLIC, file), png);
  console.log(`public/${file}: ${size}x${size}, ${png.length} bytes`);
}
