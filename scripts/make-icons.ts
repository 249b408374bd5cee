// `npm run icons`: draws Collate's mark into resources/: icon.svg, icons/<size>x<size>.png, icon.png,
// icon.ico (Windows) and icon.icns (macOS). The shapes below are the one source of the mark; the PNGs
// are rasterised here in plain TypeScript (pngjs), so no image tool or download is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';

/** A rounded rectangle in a 1024 × 1024 box; a capsule when the radius is half its height. */
interface Shape {
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  colour: string;
}

/** The mark: a page of text lines, one span on it highlighted, as an analyst tags a claim. */
export const SHAPES: readonly Shape[] = [
  { x: 64, y: 64, width: 896, height: 896, radius: 200, colour: '#1d3f66' },
  { x: 208, y: 292, width: 608, height: 96, radius: 48, colour: '#dbe6f2' },
  { x: 208, y: 464, width: 608, height: 96, radius: 48, colour: '#dbe6f2' },
  { x: 208, y: 464, width: 352, height: 96, radius: 48, colour: '#f2a93b' },
  { x: 208, y: 636, width: 416, height: 96, radius: 48, colour: '#dbe6f2' },
];

/** Sizes every platform asks for: Linux hicolor and AppImage, Windows .ico, macOS .icns. */
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** The PNG-holding .icns types and the size of each. */
const ICNS_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

export function iconSvg(): string {
  const body = SHAPES.map(
    (s) =>
      `  <rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.radius}" fill="${s.colour}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1024 1024" width="1024" height="1024">\n${body.join('\n')}\n</svg>\n`;
}

/** Signed distance from a point to a rounded rectangle: negative inside. */
function distance(shape: Shape, px: number, py: number): number {
  const cx = shape.x + shape.width / 2;
  const cy = shape.y + shape.height / 2;
  const qx = Math.abs(px - cx) - shape.width / 2 + shape.radius;
  const qy = Math.abs(py - cy) - shape.height / 2 + shape.radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - shape.radius;
}

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as never;

/** Draws the mark at `size` pixels, 4 × 4 samples a pixel, shapes painted in order over transparency. */
export function renderIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const scale = 1024 / size;
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = (x + (sx + 0.5) / samples) * scale;
          const py = (y + (sy + 0.5) / samples) * scale;
          let colour: [number, number, number] | null = null;
          for (const shape of SHAPES) if (distance(shape, px, py) <= 0) colour = rgb(shape.colour);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a++;
        }
      }
      const at = (y * size + x) * 4;
      png.data[at] = a ? Math.round(r / a) : 0;
      png.data[at + 1] = a ? Math.round(g / a) : 0;
      png.data[at + 2] = a ? Math.round(b / a) : 0;
      png.data[at + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return PNG.sync.write(png);
}

/** A Windows .ico holding PNG images (Vista and later read them). */
export function icoOf(images: ReadonlyArray<readonly [number, Buffer]>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}

/** A macOS .icns holding PNG images. */
export function icnsOf(images: ReadonlyArray<readonly [string, Buffer]>): Buffer {
  const chunks = images.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, c) => sum + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

function main(): void {
  const out = resolve(import.meta.dirname, '..', 'resources');
  mkdirSync(join(out, 'icons'), { recursive: true });
  writeFileSync(join(out, 'icon.svg'), iconSvg());
  const pngs = new Map<number, Buffer>(ICON_SIZES.map((size) => [size, renderIcon(size)]));
  for (const [size, png] of pngs) writeFileSync(join(out, 'icons', `${size}x${size}.png`), png);
  writeFileSync(join(out, 'icon.png'), pngs.get(1024)!);
  writeFileSync(join(out, 'icon.ico'), icoOf(ICO_SIZES.map((size) => [size, pngs.get(size)!] as const)));
  writeFileSync(join(out, 'icon.icns'), icnsOf(ICNS_TYPES.map(([type, size]) => [type, pngs.get(size)!] as const)));
  process.stdout.write(`Wrote the icon in ${ICON_SIZES.length} sizes, icon.ico and icon.icns to ${out}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
