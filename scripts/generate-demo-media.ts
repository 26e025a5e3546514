/**
 * Generates the demonstration media of the seed corpus:
 * - the images in content/media/ (flat editorial illustrations composed here as SVG and rasterised by sharp;
 *   their alt texts and captions are written by hand in content/media/media.yaml), and
 * - the short video clips in content/files/ (frames rendered by sharp from the same kind of SVG scenes,
 *   encoded by ffmpeg).
 *
 *   npm exec -- tsx scripts/generate-demo-media.ts               # images and videos
 *   npm exec -- tsx scripts/generate-demo-media.ts --images-only
 *   npm exec -- tsx scripts/generate-demo-media.ts --videos-only # needs ffmpeg on the PATH
 *
 * Everything is deterministic (seeded pseudo-random numbers), so re-running reproduces the same pictures.
 * No image contains text: words baked into pictures cannot be read by screen readers or translated.
 *
 * Provenance of the video clips (each 12.0 s, 640×360, 25 fps, 300 PNG frames rendered by this script):
 *
 *   MP4 (H.264 + AAC, silent 32 kHz mono track; 12 s = exactly 375 AAC frames):
 *     ffmpeg -y -framerate 25 -i frames/%04d.png \
 *       -f lavfi -i anullsrc=channel_layout=mono:sample_rate=32000 \
 *       -map 0:v -map 1:a -t 12 -c:v libx264 -preset slow -crf 30 -tune animation -pix_fmt yuv420p -r 25 \
 *       -g 50 -c:a aac -b:a 24k -movflags +faststart -map_metadata -1 out.mp4
 *
 *   WebM (VP9 + Opus, silent 48 kHz mono track):
 *     ffmpeg -y -framerate 25 -i frames/%04d.png \
 *       -f lavfi -i anullsrc=channel_layout=mono:sample_rate=48000 \
 *       -map 0:v -map 1:a -t 12 -c:v libvpx-vp9 -crf 42 -b:v 0 -deadline good -cpu-used 2 -row-mt 1 \
 *       -pix_fmt yuv420p -r 25 -g 50 -c:a libopus -b:a 24k -map_metadata -1 out.webm
 *
 * Check: ffprobe -v error -show_entries format=duration -of csv=p=0 out.mp4   → 12.000000
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const mediaDir = path.join(root, 'content', 'media')
const filesDir = path.join(root, 'content', 'files')

const W = 1200
const H = 675

// ---------------------------------------------------------------------------------------------------------
// Small SVG toolkit
// ---------------------------------------------------------------------------------------------------------

type Pt = [number, number]

const n = (v: number): string => String(Math.round(v * 100) / 100)
const pts = (list: Pt[]): string => list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')
const lerp = (a: number, b: number, t: number): number => a + (b - a) * t
const lerpPt = (a: Pt, b: Pt, t: number): Pt => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)]
const clamp01 = (t: number): number => Math.max(0, Math.min(1, t))
const ease = (t: number): number => {
  const c = clamp01(t)
  return c * c * (3 - 2 * c)
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

let idCounter = 0
const uid = (prefix: string): string => `${prefix}${++idCounter}`

function svgDoc(body: string, width = W, height = H, viewBox = `0 0 ${W} ${H}`): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}">${body}</svg>`
}

/** A linear gradient; returns [definition, fill reference]. Vertical unless a direction is given. */
function gradient(stops: [number, string][], x2 = 0, y2 = 1, opacity?: number[]): [string, string] {
  const id = uid('g')
  const s = stops
    .map(([o, c], i) => `<stop offset="${o}" stop-color="${c}"${opacity ? ` stop-opacity="${opacity[i]}"` : ''}/>`)
    .join('')
  return [`<defs><linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient></defs>`, `url(#${id})`]
}

function radial(stops: [number, string, number][]): [string, string] {
  const id = uid('r')
  const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`).join('')
  return [`<defs><radialGradient id="${id}">${s}</radialGradient></defs>`, `url(#${id})`]
}

function background(top: string, bottom: string, width = W, height = H): string {
  const [def, fill] = gradient([
    [0, top],
    [1, bottom],
  ])
  return `${def}<rect width="${width}" height="${height}" fill="${fill}"/>`
}

function glow(cx: number, cy: number, r: number, color: string, strength = 0.45): string {
  const [def, fill] = radial([
    [0, color, strength],
    [1, color, 0],
  ])
  return `${def}<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"/>`
}

const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = ''): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${rx ? ` rx="${n(rx)}"` : ''} fill="${fill}"${extra}/>`
const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra}/>`
const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra}/>`
const poly = (list: Pt[], fill: string, extra = ''): string => `<polygon points="${pts(list)}" fill="${fill}"${extra}/>`
const line = (a: Pt, b: Pt, stroke: string, width: number, extra = ''): string =>
  `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round"${extra}/>`
const pathEl = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}"${extra}/>`
const strokePath = (d: string, stroke: string, width: number, extra = ''): string =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(width)}"${extra.includes('stroke-linecap') ? '' : ' stroke-linecap="round"'} stroke-linejoin="round"${extra}/>`

function starPoints(cx: number, cy: number, outer: number, inner: number, count: number, rotation = -90): Pt[] {
  const list: Pt[] = []
  for (let i = 0; i < count * 2; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = ((rotation + (i * 180) / count) * Math.PI) / 180
    list.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  return list
}

/** Smooth closed-or-open path through points (Catmull-Rom converted to cubic Béziers). */
function smooth(points: Pt[]): string {
  let d = `M${n(points[0][0])},${n(points[0][1])}`
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]
    const p1 = points[i]
    const p2 = points[i + 1]
    const p3 = points[Math.min(points.length - 1, i + 2)]
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6]
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6]
    d += ` C${n(c1[0])},${n(c1[1])} ${n(c2[0])},${n(c2[1])} ${n(p2[0])},${n(p2[1])}`
  }
  return d
}

/** A band of rolling hills from x=-20 to x=W+20, filled down to the bottom edge. */
function hills(base: number, amplitude: number, seed: number, fill: string, step = 150, bottom = H): string {
  const rand = random(seed)
  const list: Pt[] = []
  for (let x = -60; x < W + 60 + step; x += step) list.push([x, base - amplitude * (0.3 + 0.7 * rand())])
  const last = list[list.length - 1][0]
  return pathEl(`${smooth(list)} L${last},${bottom} L-60,${bottom} Z`, fill)
}

/** Quadratic arc from a to b bulging "up" by lift × distance; drawn up to fraction t (de Casteljau split). */
function arcPath(a: Pt, b: Pt, lift: number, t = 1): string {
  const mid = lerpPt(a, b, 0.5)
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len = Math.hypot(dx, dy)
  let nx = dy / len
  let ny = -dx / len
  if (ny > 0) {
    nx = -nx
    ny = -ny
  }
  const c: Pt = [mid[0] + nx * len * lift, mid[1] + ny * len * lift]
  const p01 = lerpPt(a, c, t)
  const p012 = lerpPt(p01, lerpPt(c, b, t), t)
  return `M${n(a[0])},${n(a[1])} Q${n(p01[0])},${n(p01[1])} ${n(p012[0])},${n(p012[1])}`
}

function arcPoint(a: Pt, b: Pt, lift: number, t: number): Pt {
  const mid = lerpPt(a, b, 0.5)
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len = Math.hypot(dx, dy)
  let nx = dy / len
  let ny = -dx / len
  if (ny > 0) {
    nx = -nx
    ny = -ny
  }
  const c: Pt = [mid[0] + nx * len * lift, mid[1] + ny * len * lift]
  return lerpPt(lerpPt(a, c, t), lerpPt(c, b, t), t)
}

// ---------------------------------------------------------------------------------------------------------
// Coarse land outlines (longitude, latitude) for dotted maps; deliberately stylised
// ---------------------------------------------------------------------------------------------------------

const land: Pt[][] = [
  // Africa
  [[-6, 36], [10, 37.3], [11, 33], [20, 31], [32, 31.5], [34, 28], [43, 12], [51, 12], [42, -2], [40, -11], [35, -24], [32, -29], [20, -35], [18, -32], [12, -18], [13, -6], [9, 4], [-8, 4.5], [-17, 14], [-17, 21], [-10, 29], [-6, 36]],
  // Madagascar
  [[44, -25], [47, -25.5], [50.5, -15], [49, -12], [44, -16.5]],
  // Eurasia
  [[-9, 37], [-9, 43], [-2, 43.5], [-4.5, 48], [2, 51], [8, 54], [8, 57], [5, 62], [14, 68], [25, 71], [40, 67], [60, 70], [70, 73], [80, 73], [100, 77], [113, 74], [130, 71], [150, 71], [170, 70], [180, 68], [180, 65], [170, 60], [160, 60], [156, 51], [142, 59], [135, 54], [141, 48], [135, 43], [129, 41], [129.5, 35], [126.5, 34.5], [125, 38], [122, 40], [118, 39], [121, 37], [120, 35], [122, 31], [122, 29], [120, 26], [117, 23.5], [113, 22], [110, 21], [108, 21.5], [106, 20], [106, 17], [109, 12], [106, 9], [105, 10.5], [100, 13], [99, 10], [100, 6], [103.5, 1.5], [101, 3], [98, 8], [98, 16], [94, 17], [92, 22], [88, 22], [80, 15], [77, 8], [73, 17], [69, 22], [62, 25], [57, 26], [59, 22], [52, 16], [45, 13], [43, 13], [39, 21], [35, 28], [34, 31], [35, 36], [28, 37], [26, 40], [24, 37], [20, 40], [19, 42], [16, 38], [12, 44], [8, 44], [3, 43], [-2, 37], [-9, 37]],
  // Japan
  [[130, 31], [132, 34], [136, 34], [140, 35], [141, 38], [141.5, 41], [140, 41], [139, 38], [136, 36.5], [133, 35.5], [130, 33.5]],
  [[140, 42], [143, 42], [145.5, 43.5], [142, 45.5], [140, 43.5]],
  // Taiwan, Hainan, Sri Lanka
  [[120, 22], [121.8, 24.5], [121.5, 25.3], [120, 23.5]],
  [[108.6, 19], [110, 20.1], [111, 19.6], [110, 18.2], [109, 18.3]],
  [[80, 6], [82, 7.5], [80, 9.8], [79.7, 8]],
  // British Isles, Iceland
  [[-5, 50], [1.5, 51], [1, 53], [-2, 55.5], [-3, 58.6], [-6, 58], [-5, 55], [-3, 54], [-4.5, 53], [-5, 51.7]],
  [[-10, 52], [-6, 52], [-6, 55], [-8, 55.2], [-10, 54]],
  [[-24, 64], [-14, 64.5], [-14, 66], [-22, 66.5]],
  // Maritime South-East Asia
  [[95, 5.5], [98, 4], [104, -2], [106, -6], [104, -5.5], [101, -2], [96, 3]],
  [[109, 1.5], [110, -2], [114, -4], [116, -3.5], [118, 1], [119, 5], [117, 7], [115, 5], [111, 2]],
  [[105.5, -6], [114, -7], [114.5, -8.5], [106, -7.5]],
  [[119, -5.5], [120.5, -5.5], [121, -2], [123, -1], [124.5, 1.5], [121, 1], [120, 0], [119, -3]],
  [[131, -1], [135, -3], [141, -2.5], [145, -4], [150, -10], [147, -10], [143, -9], [138, -8], [135, -4.5], [132, -2.5]],
  [[120, 18.5], [122, 18.5], [122.5, 14], [124, 13], [121, 13.5], [120, 15]],
  [[122, 7], [126, 7], [126.5, 9], [125, 9.5], [123, 8]],
  [[122.5, 10], [124, 10.5], [125, 11.5], [124.5, 12.3], [123, 11.5]],
  // Australia, New Zealand
  [[114, -22], [114, -34], [117, -35], [123, -34], [131, -31.5], [138, -35], [141, -38], [147, -39], [150, -37], [153, -28], [153, -25], [146, -19], [142, -10.7], [141, -17], [136, -12], [131, -11.2], [125, -14], [122, -18]],
  [[172, -34.5], [178, -37.5], [176, -41.5], [174, -41], [173, -39]],
  [[172, -41], [174, -41.5], [171, -46], [166.5, -46], [168, -44]],
  // Americas, Greenland
  [[-165, 63], [-168, 66], [-157, 71], [-140, 70], [-128, 70], [-95, 70], [-82, 69], [-78, 62], [-65, 60], [-56, 52], [-60, 47], [-66, 44], [-70, 42], [-74, 40], [-76, 35], [-81, 31], [-80, 25], [-83, 29.5], [-90, 29], [-97, 27], [-97, 22], [-94, 18.5], [-91, 18.5], [-87, 21.5], [-88, 16], [-84, 15.8], [-83, 10], [-79, 9], [-77.5, 8], [-80, 7.5], [-85, 10], [-92, 14.5], [-97, 16], [-105, 20], [-106, 23], [-112, 29], [-117, 32.5], [-120, 34.5], [-124, 40], [-124, 48], [-130, 54], [-135, 58], [-145, 60], [-152, 59], [-158, 57], [-162, 60]],
  [[-55, 60], [-43, 60], [-22, 70], [-18, 77], [-30, 83], [-60, 82], [-72, 78], [-58, 75], [-52, 68]],
  [[-77.5, 8], [-72, 12], [-62, 10.5], [-52, 5], [-50, 0], [-44, -2.5], [-35, -5], [-35, -9], [-39, -13], [-41, -22], [-48, -26], [-53, -34], [-58, -38.5], [-65, -42], [-67, -46], [-69, -51], [-68.5, -55], [-75, -50], [-74, -42], [-73, -37], [-71, -30], [-70, -18], [-76, -14], [-81, -5], [-80, 0], [-79, 2]],
]

const china: Pt[][] = [
  [[74, 39], [80, 45], [87, 49], [91, 46], [97, 42.5], [105, 41.5], [111, 43], [116, 45], [120, 47], [119, 50], [122, 53], [127, 50], [131, 48], [134, 48], [131, 43], [128, 42], [124, 40], [122, 40.5], [118, 39], [121, 37], [120, 35], [122, 31], [122, 29], [120, 26], [117, 23.5], [113, 22], [110, 21], [108, 21.5], [106, 22.5], [101, 21.5], [98, 24], [97, 28], [92, 28], [88, 27.5], [84, 29], [81, 30], [79, 32.5], [79, 35], [76, 36]],
  [[120, 22], [121.8, 24.5], [121.5, 25.3], [120, 23.5]],
  [[108.6, 19], [110, 20.1], [111, 19.6], [110, 18.2], [109, 18.3]],
]

function inside(list: Pt[][], lon: number, lat: number): boolean {
  let hit = false
  for (const ring of list) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit
    }
  }
  return hit
}
const isLand = (lon: number, lat: number): boolean => {
  for (const ring of land) if (inside([ring], lon, lat)) return true
  return false
}

interface MapView {
  lonC: number
  latC: number
  /** pixels per degree of latitude */
  scale: number
  cx: number
  cy: number
}

function project(v: MapView, lon: number, lat: number): Pt {
  const k = Math.cos((v.latC * Math.PI) / 180)
  return [v.cx + (lon - v.lonC) * v.scale * k, v.cy - (lat - v.latC) * v.scale]
}

function unproject(v: MapView, x: number, y: number): Pt {
  const k = Math.cos((v.latC * Math.PI) / 180)
  return [v.lonC + (x - v.cx) / (v.scale * k), v.latC - (y - v.cy) / v.scale]
}

interface DotStyle {
  spacing: number
  radius: number
  color: string
  highlight?: { shapes: Pt[][]; color: string }
  area?: [number, number, number, number]
}

/** A dotted equirectangular map: one dot on a square grid wherever the grid point falls on land. */
function dotMap(v: MapView, style: DotStyle): string {
  const [x0, y0, w, h] = style.area ?? [0, 0, W, H]
  let base = ''
  let hi = ''
  for (let y = y0 + style.spacing / 2; y < y0 + h; y += style.spacing) {
    for (let x = x0 + style.spacing / 2; x < x0 + w; x += style.spacing) {
      const [lon, lat] = unproject(v, x, y)
      if (lat > 84 || lat < -60 || !isLand(lon, lat)) continue
      const dot = `<circle cx="${n(x)}" cy="${n(y)}" r="${n(style.radius)}"/>`
      if (style.highlight && inside(style.highlight.shapes, lon, lat)) hi += dot
      else base += dot
    }
  }
  return `<g fill="${style.color}">${base}</g>${style.highlight ? `<g fill="${style.highlight.color}">${hi}</g>` : ''}`
}

/** Dotted orthographic globe centred on (lon0, lat0). */
function dotGlobe(
  cx: number,
  cy: number,
  R: number,
  lon0: number,
  lat0: number,
  spacing: number,
  color: string,
  highlight?: { shapes: Pt[][]; color: string },
): string {
  const phi0 = (lat0 * Math.PI) / 180
  let base = ''
  let hi = ''
  for (let y = cy - R + spacing / 2; y < cy + R; y += spacing) {
    for (let x = cx - R + spacing / 2; x < cx + R; x += spacing) {
      const px = (x - cx) / R
      const py = -(y - cy) / R
      const rho = Math.hypot(px, py)
      if (rho >= 0.985) continue
      const c = Math.asin(rho)
      const lat = rho === 0 ? lat0 : (Math.asin(Math.cos(c) * Math.sin(phi0) + (py * Math.sin(c) * Math.cos(phi0)) / rho) * 180) / Math.PI
      let lon = lon0 + (Math.atan2(px * Math.sin(c), rho * Math.cos(c) * Math.cos(phi0) - py * Math.sin(c) * Math.sin(phi0)) * 180) / Math.PI
      if (lon > 180) lon -= 360
      if (lon < -180) lon += 360
      if (!isLand(lon, lat)) continue
      const z = Math.sqrt(1 - rho * rho)
      const dot = `<circle cx="${n(x)}" cy="${n(y)}" r="${n(spacing * (0.18 + 0.2 * z))}"/>`
      if (highlight && inside(highlight.shapes, lon, lat)) hi += dot
      else base += dot
    }
  }
  return `<g fill="${color}">${base}</g>${highlight ? `<g fill="${highlight.color}">${hi}</g>` : ''}`
}

/** Screen position of (lon, lat) on the orthographic globe, or null on the far side. */
function globePoint(cx: number, cy: number, R: number, lon0: number, lat0: number, lon: number, lat: number): Pt | null {
  const r = Math.PI / 180
  const cosc = Math.sin(lat0 * r) * Math.sin(lat * r) + Math.cos(lat0 * r) * Math.cos(lat * r) * Math.cos((lon - lon0) * r)
  if (cosc < 0) return null
  const x = Math.cos(lat * r) * Math.sin((lon - lon0) * r)
  const y = Math.cos(lat0 * r) * Math.sin(lat * r) - Math.sin(lat0 * r) * Math.cos(lat * r) * Math.cos((lon - lon0) * r)
  return [cx + R * x, cy - R * y]
}

const places = {
  guangzhou: [113.26, 23.13],
  shanghai: [121.47, 31.23],
  beijing: [116.4, 39.9],
  hanoi: [105.85, 21.03],
  vientiane: [102.6, 17.97],
  bangkok: [100.5, 13.75],
  phnomPenh: [104.92, 11.56],
  naypyidaw: [96.13, 19.76],
  kualaLumpur: [101.69, 3.14],
  singapore: [103.82, 1.35],
  jakarta: [106.85, -6.2],
  bandarSeriBegawan: [114.94, 4.94],
  manila: [120.98, 14.6],
} satisfies Record<string, Pt>

/** Twelve points across Africa (capitals, unnamed in the picture). */
const africa: Pt[] = [
  [3.06, 36.75], [31.24, 30.04], [-17.44, 14.69], [7.49, 9.06], [38.75, 9.03], [36.82, -1.29],
  [15.27, -4.32], [39.28, -6.79], [13.23, -8.84], [28.32, -15.39], [28.19, -25.75], [-4.01, 5.32],
]

// ---------------------------------------------------------------------------------------------------------
// Motifs
// ---------------------------------------------------------------------------------------------------------

/** Upper body seen from the front: rounded shoulders and a head. */
function person(x: number, base: number, s: number, body: string, head: string): string {
  const top = base - 1.3 * s
  const w = s
  return (
    pathEl(
      `M${n(x - w)},${n(base)} L${n(x - w)},${n(top + 0.6 * s)} Q${n(x - w)},${n(top)} ${n(x - w + 0.6 * s)},${n(top)} L${n(x + w - 0.6 * s)},${n(top)} Q${n(x + w)},${n(top)} ${n(x + w)},${n(top + 0.6 * s)} L${n(x + w)},${n(base)} Z`,
      body,
    ) + circle(x, top - 0.62 * s, 0.52 * s, head)
  )
}

/** A person seen from above (shoulders and head), facing the angle (degrees) given. */
function personAbove(x: number, y: number, s: number, angle: number, body: string, head: string): string {
  return `<g transform="translate(${n(x)},${n(y)}) rotate(${n(angle)})">${ellipse(0, 0, 0.55 * s, s, body)}${circle(0.1 * s, 0, 0.42 * s, head)}</g>`
}

type FlagStyle = 'h3' | 'v3' | 'disc' | 'star' | 'diag' | 'canton' | 'h2' | 'band'

/** An abstract flag (not any real country's flag). */
function flagShape(x: number, y: number, w: number, h: number, style: FlagStyle, c: [string, string, string]): string {
  const id = uid('f')
  let inner = ''
  switch (style) {
    case 'h3':
      inner = rect(x, y, w, h / 3, c[0]) + rect(x, y + h / 3, w, h / 3, c[1]) + rect(x, y + (2 * h) / 3, w, h / 3, c[2])
      break
    case 'v3':
      inner = rect(x, y, w / 3, h, c[0]) + rect(x + w / 3, y, w / 3, h, c[1]) + rect(x + (2 * w) / 3, y, w / 3, h, c[2])
      break
    case 'disc':
      inner = rect(x, y, w, h, c[0]) + circle(x + w * 0.45, y + h / 2, h * 0.28, c[1])
      break
    case 'star':
      inner = rect(x, y, w, h, c[0]) + poly(starPoints(x + w * 0.28, y + h * 0.35, h * 0.2, h * 0.08, 5), c[1])
      break
    case 'diag':
      inner = rect(x, y, w, h, c[0]) + poly([[x, y + h], [x + w, y], [x + w, y + h * 0.35], [x + w * 0.35, y + h]], c[1])
      break
    case 'canton':
      inner = rect(x, y, w, h, c[0]) + rect(x, y, w * 0.42, h * 0.5, c[1]) + rect(x, y + h * 0.75, w, h * 0.25, c[2])
      break
    case 'h2':
      inner = rect(x, y, w, h / 2, c[0]) + rect(x, y + h / 2, w, h / 2, c[1])
      break
    case 'band':
      inner = rect(x, y, w, h, c[0]) + rect(x, y + h * 0.38, w, h * 0.24, c[1]) + poly([[x, y], [x + w * 0.3, y + h / 2], [x, y + h]], c[2])
      break
  }
  return `<defs><clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(h * 0.06)}"/></clipPath></defs><g clip-path="url(#${id})">${inner}</g>`
}

/** Invented combinations in muted, unusual hues, so that no flag resembles a real national flag. */
const flagSets: { style: FlagStyle; c: [string, string, string] }[] = [
  { style: 'h3', c: ['#6d597a', '#eaac8b', '#2a9d8f'] },
  { style: 'disc', c: ['#3d5a80', '#f2cc8f', '#000'] },
  { style: 'v3', c: ['#6d597a', '#f4e9d8', '#2a9d8f'] },
  { style: 'star', c: ['#264653', '#e9c46a', '#000'] },
  { style: 'diag', c: ['#e76f51', '#f4e9d8', '#000'] },
  { style: 'canton', c: ['#f4e9d8', '#6d597a', '#2a9d8f'] },
  { style: 'h2', c: ['#81b29a', '#3d405b', '#000'] },
  { style: 'band', c: ['#f2cc8f', '#3d405b', '#e07a5f'] },
  { style: 'h3', c: ['#b56576', '#eaac8b', '#355070'] },
  { style: 'v3', c: ['#355070', '#eaac8b', '#6d597a'] },
  { style: 'disc', c: ['#e07a5f', '#f4e9d8', '#000'] },
  { style: 'h3', c: ['#588157', '#dad7cd', '#a3b18a'] },
]

/** A sheet of paper with grey "lines" (bars, not text), a folded corner and an optional seal. */
function documentSheet(x: number, y: number, w: number, h: number, paper: string, ink: string, seal?: string, angle = 0): string {
  const fold = w * 0.16
  let body = pathEl(`M${n(x)},${n(y)} L${n(x + w - fold)},${n(y)} L${n(x + w)},${n(y + fold)} L${n(x + w)},${n(y + h)} L${n(x)},${n(y + h)} Z`, paper)
  body += poly([[x + w - fold, y], [x + w - fold, y + fold], [x + w, y + fold]], ink, ' opacity="0.25"')
  const rows = Math.floor((h * 0.62) / (w * 0.09))
  for (let i = 0; i < rows; i++) {
    const lw = i === 0 ? w * 0.45 : w * (0.62 + 0.14 * ((i * 7) % 3) / 2)
    body += rect(x + w * 0.12, y + h * 0.12 + i * w * 0.09, lw, w * 0.035, ink, w * 0.017, ' opacity="0.45"')
  }
  if (seal) body += seal_(x + w * 0.72, y + h * 0.82, w * 0.13, seal)
  return angle ? `<g transform="rotate(${n(angle)} ${n(x + w / 2)} ${n(y + h / 2)})">${body}</g>` : body
}

function seal_(cx: number, cy: number, r: number, color: string): string {
  return (
    poly(starPoints(cx, cy, r, r * 0.86, 16), color) +
    circle(cx, cy, r * 0.68, 'none', ` stroke="#ffffff" stroke-opacity="0.55" stroke-width="${n(r * 0.08)}"`) +
    poly(starPoints(cx, cy, r * 0.36, r * 0.15, 5), '#ffffff', ' opacity="0.7"')
  )
}

/** A pair of scales of justice standing on a base. */
function scales(cx: number, top: number, s: number, color: string, tilt = 0): string {
  const beamY = top + 0.35 * s
  const half = 1.1 * s
  const a = (tilt * Math.PI) / 180
  const left: Pt = [cx - half * Math.cos(a), beamY - half * Math.sin(a)]
  const right: Pt = [cx + half * Math.cos(a), beamY + half * Math.sin(a)]
  const pan = (p: Pt): string => {
    const py = p[1] + 0.9 * s
    return (
      line(p, [p[0] - 0.42 * s, py], color, s * 0.03) +
      line(p, [p[0] + 0.42 * s, py], color, s * 0.03) +
      pathEl(`M${n(p[0] - 0.5 * s)},${n(py)} Q${n(p[0])},${n(py + 0.42 * s)} ${n(p[0] + 0.5 * s)},${n(py)} Z`, color)
    )
  }
  return (
    circle(cx, top, 0.1 * s, color) +
    rect(cx - 0.06 * s, top, 0.12 * s, 2.2 * s, color) +
    line(left, right, color, s * 0.09) +
    pan(left) +
    pan(right) +
    pathEl(`M${n(cx - 0.7 * s)},${n(top + 2.35 * s)} Q${n(cx)},${n(top + 1.95 * s)} ${n(cx + 0.7 * s)},${n(top + 2.35 * s)} Z`, color) +
    rect(cx - 0.8 * s, top + 2.3 * s, 1.6 * s, 0.14 * s, color, 0.05 * s)
  )
}

/** A stack of coins seen slightly from above. */
function coinStack(cx: number, base: number, r: number, count: number, side: string, face: string, rim: string): string {
  const t = r * 0.22
  const ry = r * 0.38
  let out = ''
  for (let i = 0; i < count; i++) {
    const y = base - i * t
    out += rect(cx - r, y - t, 2 * r, t, side) + ellipse(cx, y, r, ry, side)
    out += line([cx - r, y - t * 0.5], [cx + r, y - t * 0.5], rim, 1.2, ' opacity="0.35"')
  }
  const topY = base - count * t
  out += ellipse(cx, topY, r, ry, face) + ellipse(cx, topY, r * 0.72, ry * 0.72, 'none', ` stroke="${rim}" stroke-width="${n(r * 0.06)}" opacity="0.6"`)
  return out
}

function shield(cx: number, cy: number, s: number, fill: string, extra = ''): string {
  return pathEl(
    `M${n(cx)},${n(cy - s)} L${n(cx + 0.85 * s)},${n(cy - 0.7 * s)} L${n(cx + 0.85 * s)},${n(cy - 0.05 * s)} Q${n(cx + 0.8 * s)},${n(cy + 0.75 * s)} ${n(cx)},${n(cy + 1.1 * s)} Q${n(cx - 0.8 * s)},${n(cy + 0.75 * s)} ${n(cx - 0.85 * s)},${n(cy - 0.05 * s)} L${n(cx - 0.85 * s)},${n(cy - 0.7 * s)} Z`,
    fill,
    extra,
  )
}

function padlock(cx: number, cy: number, s: number, body: string, shackle: string, hole: string): string {
  return (
    strokePath(`M${n(cx - 0.55 * s)},${n(cy)} L${n(cx - 0.55 * s)},${n(cy - 0.55 * s)} A${n(0.55 * s)},${n(0.55 * s)} 0 0 1 ${n(cx + 0.55 * s)},${n(cy - 0.55 * s)} L${n(cx + 0.55 * s)},${n(cy)}`, shackle, 0.2 * s) +
    rect(cx - 0.85 * s, cy - 0.05 * s, 1.7 * s, 1.3 * s, body, 0.18 * s) +
    circle(cx, cy + 0.45 * s, 0.17 * s, hole) +
    poly([[cx - 0.09 * s, cy + 0.5 * s], [cx + 0.09 * s, cy + 0.5 * s], [cx + 0.13 * s, cy + 0.9 * s], [cx - 0.13 * s, cy + 0.9 * s]], hole)
  )
}

function magnifier(cx: number, cy: number, r: number, rim: string, handle: string, glass: string, angle = 45): string {
  const a = (angle * Math.PI) / 180
  const p1: Pt = [cx + r * 1.05 * Math.cos(a), cy + r * 1.05 * Math.sin(a)]
  const p2: Pt = [cx + r * 2.1 * Math.cos(a), cy + r * 2.1 * Math.sin(a)]
  return (
    line(p1, p2, handle, r * 0.32) +
    circle(cx, cy, r, glass, ' opacity="0.35"') +
    circle(cx, cy, r, 'none', ` stroke="${rim}" stroke-width="${n(r * 0.16)}"`) +
    strokePath(`M${n(cx - r * 0.55)},${n(cy - r * 0.2)} A${n(r * 0.6)},${n(r * 0.6)} 0 0 1 ${n(cx - r * 0.15)},${n(cy - r * 0.58)}`, '#ffffff', r * 0.08, ' opacity="0.7"')
  )
}

/** Airliner seen from above, nose pointing to the right before rotation. */
function airliner(cx: number, cy: number, s: number, angle: number, fill: string, accent: string): string {
  const body =
    pathEl(`M${-1.6 * s},0 Q${-1.5 * s},${-0.13 * s} ${-1.2 * s},${-0.14 * s} L${1.25 * s},${-0.14 * s} Q${1.75 * s},${-0.12 * s} ${1.85 * s},0 Q${1.75 * s},${0.12 * s} ${1.25 * s},${0.14 * s} L${-1.2 * s},${0.14 * s} Q${-1.5 * s},${0.13 * s} ${-1.6 * s},0 Z`, fill) +
    poly([[0.45 * s, -0.12 * s], [-0.35 * s, -1.45 * s], [-0.62 * s, -1.45 * s], [-0.2 * s, -0.12 * s]], fill) +
    poly([[0.45 * s, 0.12 * s], [-0.35 * s, 1.45 * s], [-0.62 * s, 1.45 * s], [-0.2 * s, 0.12 * s]], fill) +
    poly([[-1.15 * s, -0.1 * s], [-1.5 * s, -0.6 * s], [-1.65 * s, -0.6 * s], [-1.45 * s, -0.1 * s]], fill) +
    poly([[-1.15 * s, 0.1 * s], [-1.5 * s, 0.6 * s], [-1.65 * s, 0.6 * s], [-1.45 * s, 0.1 * s]], fill) +
    ellipse(-0.05 * s, -0.62 * s, 0.2 * s, 0.07 * s, accent) +
    ellipse(-0.05 * s, 0.62 * s, 0.2 * s, 0.07 * s, accent)
  return `<g transform="translate(${n(cx)},${n(cy)}) rotate(${n(angle)})">${body}</g>`
}

function building(cx: number, base: number, w: number, h: number, fill: string, shade: string, columns = 6): string {
  const stepH = h * 0.08
  const pedH = h * 0.28
  const colTop = base - h + pedH + stepH * 0.6
  const colBottom = base - stepH * 2
  let out = rect(cx - w / 2 - w * 0.04, base - stepH, w * 1.08, stepH, shade) + rect(cx - w / 2, base - 2 * stepH, w, stepH, fill)
  const gap = w / columns
  for (let i = 0; i < columns; i++) {
    const x = cx - w / 2 + gap * (i + 0.5)
    out += rect(x - gap * 0.18, colTop, gap * 0.36, colBottom - colTop, fill)
  }
  out += rect(cx - w / 2, colTop - stepH * 0.6, w, stepH * 0.6, shade)
  out += poly([[cx - w / 2 - w * 0.04, colTop - stepH * 0.6], [cx, base - h], [cx + w / 2 + w * 0.04, colTop - stepH * 0.6]], fill)
  out += poly([[cx - w * 0.3, colTop - stepH * 1.1], [cx, base - h + pedH * 0.3], [cx + w * 0.3, colTop - stepH * 1.1]], shade, ' opacity="0.5"')
  return out
}

function laptop(cx: number, base: number, w: number, shell: string, screen: string, content: string): string {
  const h = w * 0.62
  return (
    rect(cx - w / 2, base - h - w * 0.04, w, h, shell, w * 0.03) +
    rect(cx - w / 2 + w * 0.035, base - h - w * 0.04 + w * 0.035, w - w * 0.07, h - w * 0.07, screen, w * 0.01) +
    `<g transform="translate(${n(cx - w / 2 + w * 0.035)},${n(base - h - w * 0.04 + w * 0.035)})">${content}</g>` +
    poly([[cx - w * 0.58, base], [cx + w * 0.58, base], [cx + w * 0.52, base - w * 0.04], [cx - w * 0.52, base - w * 0.04]], shell) +
    rect(cx - w * 0.1, base - w * 0.012, w * 0.2, w * 0.012, '#000', 0, ' opacity="0.2"')
  )
}

/** A small bar chart inside a box of the given size. */
function barChart(w: number, h: number, colors: string[], seed: number, bars = 6): string {
  const rand = random(seed)
  let out = ''
  const gap = w / (bars * 1.6 + 0.6)
  for (let i = 0; i < bars; i++) {
    const bh = h * (0.25 + 0.6 * ((i + 1) / bars) * (0.75 + 0.25 * rand()))
    out += rect(gap * (0.6 + i * 1.6), h - bh - h * 0.08, gap, bh, colors[i % colors.length], gap * 0.15)
  }
  return out
}

function donut(cx: number, cy: number, r: number, parts: [number, string][], width: number): string {
  let start = -90
  let out = ''
  for (const [share, color] of parts) {
    const end = start + share * 360
    const a0 = (start * Math.PI) / 180
    const a1 = (end * Math.PI) / 180
    const large = share > 0.5 ? 1 : 0
    out += strokePath(
      `M${n(cx + r * Math.cos(a0))},${n(cy + r * Math.sin(a0))} A${n(r)},${n(r)} 0 ${large} 1 ${n(cx + r * Math.cos(a1))},${n(cy + r * Math.sin(a1))}`,
      color,
      width,
      ' stroke-linecap="butt"',
    )
    start = end + 2
  }
  return out
}

/** Windows of a lit building: small rectangles scattered on a grid. */
function windows(x: number, y: number, w: number, h: number, color: string, rand: () => number, density = 0.45, cell = 10): string {
  let out = ''
  for (let yy = y + cell * 0.6; yy < y + h - cell; yy += cell) {
    for (let xx = x + cell * 0.5; xx < x + w - cell * 0.6; xx += cell * 0.9) {
      if (rand() < density) out += `<rect x="${n(xx)}" y="${n(yy)}" width="${n(cell * 0.4)}" height="${n(cell * 0.5)}"/>`
    }
  }
  return `<g fill="${color}">${out}</g>`
}

/** Generic skyline of rectangular towers along a base line. */
function genericTowers(x0: number, x1: number, base: number, minH: number, maxH: number, fill: string, seed: number, lit?: string): string {
  const rand = random(seed)
  let out = ''
  let x = x0
  while (x < x1) {
    const w = 30 + rand() * 45
    const h = minH + rand() * (maxH - minH)
    out += rect(x, base - h, w, h, fill)
    if (rand() < 0.3) out += rect(x + w * 0.3, base - h - 14, w * 0.4, 14, fill)
    if (lit) out += windows(x, base - h, w, h, lit, rand, 0.35)
    x += w + rand() * 8
  }
  return out
}

/** The Lujiazui skyline: Oriental Pearl Tower, Shanghai Tower, Jin Mao Tower and the World Financial Center. */
function shanghaiLandmarks(base: number, s: number, xPearl: number, xShTower: number, c: { tower: string; sphere: string; glass: string }): string {
  const m = (v: number): number => v * s
  let out = ''
  // Shanghai Tower (632 m), tapering and slightly twisted.
  const x = xShTower
  out += pathEl(
    `M${n(x - m(58))},${n(base)} Q${n(x - m(52))},${n(base - m(330))} ${n(x - m(27))},${n(base - m(600))} L${n(x + m(20))},${n(base - m(632))} Q${n(x + m(36))},${n(base - m(320))} ${n(x + m(58))},${n(base)} Z`,
    c.tower,
  )
  out += strokePath(`M${n(x + m(30))},${n(base)} Q${n(x + m(22))},${n(base - m(330))} ${n(x + m(4))},${n(base - m(625))}`, c.glass, m(4), ' opacity="0.55"')
  // Jin Mao Tower (421 m): stacked, receding tiers.
  const jx = xShTower + m(150)
  let tierY = base
  let tierW = m(62)
  for (let i = 0; i < 13; i++) {
    const th = m(i < 4 ? 40 : 26)
    out += rect(jx - tierW / 2, tierY - th, tierW, th + 1, c.tower)
    out += rect(jx - tierW / 2, tierY - th, tierW, m(3), c.glass, 0, ' opacity="0.5"')
    tierY -= th
    tierW *= 0.92
  }
  out += poly([[jx - tierW / 2, tierY], [jx, base - m(421)], [jx + tierW / 2, tierY]], c.tower)
  // Shanghai World Financial Center (492 m) with its trapezoidal aperture.
  const sx = xShTower + m(290)
  out += pathEl(
    `M${n(sx - m(50))},${n(base)} L${n(sx - m(26))},${n(base - m(492))} L${n(sx + m(26))},${n(base - m(492))} L${n(sx + m(50))},${n(base)} Z ` +
      `M${n(sx - m(17))},${n(base - m(440))} L${n(sx + m(17))},${n(base - m(440))} L${n(sx + m(13))},${n(base - m(478))} L${n(sx - m(13))},${n(base - m(478))} Z`,
    c.tower,
    ' fill-rule="evenodd"',
  )
  // Oriental Pearl Tower (468 m).
  const px = xPearl
  out += line([px - m(55), base], [px - m(12), base - m(95)], c.tower, m(11))
  out += line([px + m(55), base], [px + m(12), base - m(95)], c.tower, m(11))
  out += rect(px - m(14), base - m(350), m(9), m(350), c.tower)
  out += rect(px + m(5), base - m(350), m(9), m(350), c.tower)
  out += circle(px, base - m(93), m(27), c.sphere)
  out += circle(px, base - m(272), m(22), c.sphere)
  for (const y of [150, 185, 220]) out += circle(px, base - m(y), m(6), c.sphere)
  out += circle(px, base - m(350), m(9), c.sphere)
  out += rect(px - m(5), base - m(350), m(10), m(20), c.tower)
  out += poly([[px - m(4), base - m(355)], [px, base - m(468)], [px + m(4), base - m(355)]], c.tower)
  return out
}

/** Canton Tower (600 m): an hourglass lattice and its mast. */
function cantonTower(cx: number, base: number, s: number, fill: string, lattice: string): string {
  const m = (v: number): number => v * s
  const id = uid('ct')
  const outline = `M${n(cx - m(40))},${n(base)} C${n(cx - m(32))},${n(base - m(150))} ${n(cx - m(10))},${n(base - m(260))} ${n(cx - m(14))},${n(base - m(320))} C${n(cx - m(18))},${n(base - m(390))} ${n(cx - m(26))},${n(base - m(430))} ${n(cx - m(25))},${n(base - m(454))} L${n(cx + m(25))},${n(base - m(454))} C${n(cx + m(26))},${n(base - m(430))} ${n(cx + m(18))},${n(base - m(390))} ${n(cx + m(14))},${n(base - m(320))} C${n(cx + m(10))},${n(base - m(260))} ${n(cx + m(32))},${n(base - m(150))} ${n(cx + m(40))},${n(base)} Z`
  let lines = ''
  for (let k = -30; k < 30; k++) {
    lines += line([cx - m(60), base - m(k * 22)], [cx + m(60), base - m(k * 22 + 70)], lattice, m(1.6))
    lines += line([cx + m(60), base - m(k * 22)], [cx - m(60), base - m(k * 22 + 70)], lattice, m(1.6))
  }
  return (
    `<defs><clipPath id="${id}"><path d="${outline}"/></clipPath></defs>` +
    pathEl(outline, fill) +
    `<g clip-path="url(#${id})" opacity="0.8">${lines}</g>` +
    poly([[cx - m(6), base - m(454)], [cx, base - m(600)], [cx + m(6), base - m(454)]], fill)
  )
}

/** Mirror the given skyline in the water below `base`, faded. */
function reflection(svg: string, base: number, opacity: number): string {
  const id = uid('rf')
  return `<defs><clipPath id="${id}"><rect x="0" y="${n(base)}" width="${W}" height="${H - base}"/></clipPath></defs><g clip-path="url(#${id})"><g transform="translate(0,${n(2 * base)}) scale(1,-1)" opacity="${opacity}">${svg}</g></g>`
}

function ripples(y0: number, y1: number, color: string, seed: number, count: number, opacity = 0.35): string {
  const rand = random(seed)
  let out = ''
  for (let i = 0; i < count; i++) {
    const y = y0 + rand() * (y1 - y0)
    const w = 20 + rand() * 90 * ((y - y0) / (y1 - y0) + 0.3)
    const x = rand() * W
    out += rect(x, y, w, 2 + (y - y0) / 120, color, 1.5)
  }
  return `<g opacity="${opacity}">${out}</g>`
}

function ger(cx: number, base: number, s: number, felt: string, band: string, door: string): string {
  return (
    pathEl(`M${n(cx - s)},${n(base)} L${n(cx - s)},${n(base - 0.45 * s)} L${n(cx + s)},${n(base - 0.45 * s)} L${n(cx + s)},${n(base)} Z`, felt) +
    pathEl(`M${n(cx - 1.08 * s)},${n(base - 0.42 * s)} Q${n(cx - 0.5 * s)},${n(base - 0.8 * s)} ${n(cx - 0.12 * s)},${n(base - 0.95 * s)} L${n(cx + 0.12 * s)},${n(base - 0.95 * s)} Q${n(cx + 0.5 * s)},${n(base - 0.8 * s)} ${n(cx + 1.08 * s)},${n(base - 0.42 * s)} Z`, felt) +
    rect(cx - s, base - 0.36 * s, 2 * s, 0.07 * s, band) +
    rect(cx - 0.14 * s, base - 0.95 * s, 0.28 * s, 0.06 * s, band) +
    rect(cx - 0.17 * s, base - 0.38 * s, 0.34 * s, 0.38 * s, door) +
    strokePath(`M${n(cx - 1.0 * s)},${n(base - 0.48 * s)} Q${n(cx - 0.5 * s)},${n(base - 0.82 * s)} ${n(cx - 0.12 * s)},${n(base - 0.93 * s)}`, band, 0.03 * s, ' opacity="0.6"')
  )
}

function boat(cx: number, y: number, s: number, hull: string, cabin: string, wake: string, facing = 1): string {
  const f = facing
  return `<g transform="translate(${n(cx)},${n(y)}) scale(${f},1)">${strokePath(`M${-1.2 * s},${0.18 * s} L${-3.2 * s},${0.3 * s} M${-1.2 * s},${0.05 * s} L${-2.6 * s},${-0.05 * s}`, wake, 0.06 * s, ' opacity="0.6"')}${poly([[-1.2 * s, -0.1 * s], [1.25 * s, -0.1 * s], [0.9 * s, 0.25 * s], [-1.05 * s, 0.25 * s]], hull)}${rect(-0.6 * s, -0.5 * s, 0.85 * s, 0.42 * s, cabin, 0.05 * s)}${rect(-0.45 * s, -0.42 * s, 0.55 * s, 0.14 * s, hull, 0, ' opacity="0.5"')}${rect(-0.2 * s, -0.8 * s, 0.05 * s, 0.32 * s, cabin)}</g>`
}

function acacia(cx: number, base: number, s: number, trunk: string, canopy: string): string {
  return (
    strokePath(`M${n(cx)},${n(base)} Q${n(cx - 0.05 * s)},${n(base - 0.6 * s)} ${n(cx - 0.5 * s)},${n(base - 1.1 * s)} M${n(cx)},${n(base - 0.45 * s)} Q${n(cx + 0.3 * s)},${n(base - 0.8 * s)} ${n(cx + 0.55 * s)},${n(base - 1.1 * s)}`, trunk, 0.09 * s) +
    ellipse(cx - 0.4 * s, base - 1.18 * s, 0.75 * s, 0.16 * s, canopy) +
    ellipse(cx + 0.5 * s, base - 1.2 * s, 0.6 * s, 0.14 * s, canopy) +
    ellipse(cx + 0.05 * s, base - 1.3 * s, 0.7 * s, 0.15 * s, canopy)
  )
}

function elephant(x: number, base: number, s: number, body: string, ear: string, tusk: string): string {
  // Drawn in a 0..280 × 0..200 box (feet at y=200), facing left; scaled by s.
  const inner =
    ellipse(160, 95, 92, 64, body) +
    circle(72, 78, 46, body) +
    strokePath('M40,95 Q22,140 30,190 Q32,198 40,196', body, 24) +
    rect(88, 120, 32, 80, body, 10) +
    rect(128, 125, 30, 75, body, 10) +
    rect(185, 120, 32, 80, body, 10) +
    rect(222, 115, 30, 85, body, 10) +
    pathEl('M88,42 Q140,30 138,90 Q132,132 96,124 Q78,100 88,42 Z', ear) +
    strokePath('M50,112 Q42,132 58,142', tusk, 7) +
    strokePath('M250,80 Q268,110 262,140', body, 5) +
    circle(62, 70, 4, ear)
  return `<g transform="translate(${n(x)},${n(base - 200 * s)}) scale(${n(s)})">${inner}</g>`
}

function containerRow(x: number, base: number, w: number, h: number, colors: string[], count: number, ridge: string): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    const cx = x + i * (w + 4)
    out += rect(cx, base - h, w, h, colors[i % colors.length], 2)
    for (let k = 1; k < 9; k++) out += rect(cx + (k * w) / 9 - 1, base - h + 5, 2, h - 10, ridge, 0, ' opacity="0.25"')
  }
  return out
}

function smartphone(cx: number, cy: number, w: number, shell: string, screen: string, content: string): string {
  const h = w * 2
  return (
    rect(cx - w / 2, cy - h / 2, w, h, shell, w * 0.14) +
    rect(cx - w / 2 + w * 0.07, cy - h / 2 + w * 0.16, w * 0.86, h - w * 0.32, screen, w * 0.06) +
    rect(cx - w * 0.12, cy - h / 2 + w * 0.06, w * 0.24, w * 0.04, screen, w * 0.02, ' opacity="0.6"') +
    `<g transform="translate(${n(cx - w / 2 + w * 0.07)},${n(cy - h / 2 + w * 0.16)})">${content}</g>`
  )
}

function armchair(x: number, base: number, s: number, fill: string, shade: string, facing: 1 | -1): string {
  const inner =
    rect(-0.1 * s, -1.6 * s, 0.35 * s, 1.45 * s, shade, 0.12 * s) +
    rect(-0.05 * s, -0.75 * s, 1.25 * s, 0.45 * s, fill, 0.12 * s) +
    rect(0.55 * s, -1.0 * s, 0.75 * s, 0.3 * s, shade, 0.12 * s) +
    rect(0, -0.35 * s, 0.12 * s, 0.35 * s, shade) +
    rect(1.05 * s, -0.35 * s, 0.12 * s, 0.35 * s, shade)
  return `<g transform="translate(${n(x)},${n(base)}) scale(${facing},1)">${inner}</g>`
}

function camera(cx: number, base: number, s: number, fill: string, lens: string, light: string): string {
  return (
    line([cx, base - 1.4 * s], [cx - 0.6 * s, base], fill, 0.06 * s) +
    line([cx, base - 1.4 * s], [cx + 0.6 * s, base], fill, 0.06 * s) +
    line([cx, base - 1.4 * s], [cx + 0.05 * s, base], fill, 0.06 * s) +
    rect(cx - 0.55 * s, base - 1.95 * s, 0.95 * s, 0.55 * s, fill, 0.08 * s) +
    rect(cx + 0.4 * s, base - 1.85 * s, 0.35 * s, 0.35 * s, fill, 0.04 * s) +
    circle(cx + 0.75 * s, base - 1.675 * s, 0.16 * s, lens) +
    circle(cx - 0.4 * s, base - 1.83 * s, 0.05 * s, light)
  )
}

function plant(x: number, base: number, s: number, pot: string, leaf: string): string {
  let out = ''
  for (let i = 0; i < 7; i++) {
    const a = -150 + i * 20
    const r = (a * Math.PI) / 180
    const tip: Pt = [x + Math.cos(r) * s, base - 0.5 * s + Math.sin(r) * s]
    out += `<ellipse cx="${n((x + tip[0]) / 2)}" cy="${n((base - 0.5 * s + tip[1]) / 2)}" rx="${n(s * 0.5)}" ry="${n(s * 0.1)}" fill="${leaf}" transform="rotate(${n(a)} ${n((x + tip[0]) / 2)} ${n((base - 0.5 * s + tip[1]) / 2)})"/>`
  }
  return out + poly([[x - 0.3 * s, base - 0.55 * s], [x + 0.3 * s, base - 0.55 * s], [x + 0.22 * s, base], [x - 0.22 * s, base]], pot)
}

function headset(cx: number, cy: number, s: number, band: string, cup: string): string {
  return strokePath(`M${n(cx - 0.8 * s)},${n(cy)} A${n(0.8 * s)},${n(0.8 * s)} 0 0 1 ${n(cx + 0.8 * s)},${n(cy)}`, band, 0.1 * s) + ellipse(cx - 0.8 * s, cy + 0.05 * s, 0.2 * s, 0.3 * s, cup) + ellipse(cx + 0.8 * s, cy + 0.05 * s, 0.2 * s, 0.3 * s, cup)
}

function deskMicrophone(x: number, base: number, s: number, fill: string, light: string): string {
  return (
    ellipse(x, base - 0.05 * s, 0.35 * s, 0.1 * s, fill) +
    strokePath(`M${n(x)},${n(base - 0.1 * s)} Q${n(x)},${n(base - 0.9 * s)} ${n(x - 0.45 * s)},${n(base - 1.15 * s)}`, fill, 0.05 * s) +
    ellipse(x - 0.5 * s, base - 1.18 * s, 0.12 * s, 0.08 * s, fill, ` transform="rotate(-30 ${n(x - 0.5 * s)} ${n(base - 1.18 * s)})"`) +
    circle(x + 0.18 * s, base - 0.08 * s, 0.04 * s, light)
  )
}

/** Boxes joined by arrows, like a flow chart on a board (shapes only). */
function flowChart(x: number, y: number, w: number, h: number, box: string, arrow: string, accent: string): string {
  const bw = w * 0.2
  const bh = h * 0.2
  const boxes: Pt[] = [
    [x + w * 0.05, y + h * 0.12],
    [x + w * 0.4, y + h * 0.12],
    [x + w * 0.75, y + h * 0.12],
    [x + w * 0.75, y + h * 0.62],
    [x + w * 0.4, y + h * 0.62],
  ]
  let out = ''
  boxes.forEach(([bx, by], i) => {
    out += rect(bx, by, bw, bh, i === 4 ? accent : box, 6)
    out += rect(bx + bw * 0.15, by + bh * 0.4, bw * 0.7, bh * 0.12, '#ffffff', 2, ' opacity="0.55"')
  })
  const head = (p: Pt, angle: number): string =>
    `<polygon points="0,0 -12,-7 -12,7" fill="${arrow}" transform="translate(${n(p[0])},${n(p[1])}) rotate(${angle})"/>`
  const a1: Pt = [x + w * 0.05 + bw + 6, y + h * 0.12 + bh / 2]
  const a2: Pt = [x + w * 0.4 - 6, a1[1]]
  const b1: Pt = [x + w * 0.4 + bw + 6, a1[1]]
  const b2: Pt = [x + w * 0.75 - 6, a1[1]]
  const c1: Pt = [x + w * 0.75 + bw / 2, y + h * 0.12 + bh + 6]
  const c2: Pt = [c1[0], y + h * 0.62 - 6]
  const d1: Pt = [x + w * 0.75 - 6, y + h * 0.62 + bh / 2]
  const d2: Pt = [x + w * 0.4 + bw + 6, d1[1]]
  out += line(a1, a2, arrow, 4) + head(a2, 0) + line(b1, b2, arrow, 4) + head(b2, 0) + line(c1, c2, arrow, 4) + head(c2, 90) + line(d1, d2, arrow, 4) + head(d2, 180)
  out += strokePath(`M${n(x + w * 0.15)},${n(y + h * 0.12 + bh + 6)} Q${n(x + w * 0.15)},${n(y + h * 0.72)} ${n(x + w * 0.4 - 8)},${n(y + h * 0.72)}`, arrow, 4, ' stroke-dasharray="10 8"')
  return out
}

function bookStack(x: number, base: number, widths: number[], thickness: number, colors: string[], page: string): string {
  let out = ''
  let y = base
  widths.forEach((w, i) => {
    const off = ((i * 37) % 21) - 10
    out += rect(x + off, y - thickness, w, thickness, colors[i % colors.length], 3)
    out += rect(x + off + w - 10, y - thickness + 4, 7, thickness - 8, page, 1)
    out += rect(x + off + 12, y - thickness / 2 - 2, w * 0.35, 4, page, 2, ' opacity="0.6"')
    y -= thickness
  })
  return out
}

// ---------------------------------------------------------------------------------------------------------
// Scenes (1200 × 675 unless stated); t is the animation time 0..1 for scenes that are also video clips
// ---------------------------------------------------------------------------------------------------------

type Scene = (t: number) => string

const worldAfricaView: MapView = { lonC: 64, latC: 9, scale: 6.1, cx: 600, cy: 338 }

const scenes: Record<string, Scene> = {
  // --- Articles -------------------------------------------------------------------------------------------
  'article-guangzhou-china-africa-forum': () => {
    const v = worldAfricaView
    const gz = project(v, ...places.guangzhou)
    let out = background('#0d3b3f', '#13585a')
    out += glow(gz[0], gz[1], 260, '#f7c873', 0.22)
    out += dotMap(v, { spacing: 11, radius: 2.9, color: '#e9dcc0', highlight: { shapes: china, color: '#f7c873' } })
    africa.forEach((p, i) => {
      const a = project(v, p[0], p[1])
      out += strokePath(arcPath(gz, a, 0.22 + (i % 3) * 0.05), '#f29e5c', 2.6, ' opacity="0.9"')
    })
    africa.forEach((p) => {
      const a = project(v, p[0], p[1])
      out += circle(a[0], a[1], 7, '#ef6f4c', ' stroke="#fff4e0" stroke-width="2.5"')
    })
    out += circle(gz[0], gz[1], 22, 'none', ' stroke="#f7c873" stroke-width="2" opacity="0.6"')
    out += circle(gz[0], gz[1], 10, '#f7c873', ' stroke="#fff4e0" stroke-width="3"')
    return out
  },

  'article-shanghai-foreign-related-prosecution-conference': () => {
    const base = 470
    let out = background('#2a1f5c', '#e98a78')
    out += glow(900, 430, 300, '#ffd29a', 0.5)
    out += circle(900, 420, 46, '#ffd9a8', ' opacity="0.9"')
    out += genericTowers(-10, 1210, base, 40, 150, '#5b3f7d', 11)
    const sky = shanghaiLandmarks(base, 0.62, 250, 640, { tower: '#2b1d4a', sphere: '#e2557a', glass: '#8e7cc3' })
    const near = genericTowers(-10, 1210, base, 20, 80, '#24183f', 12, '#ffcf7a')
    out += sky + near
    const [wDef, wFill] = gradient([
      [0, '#3a2a63'],
      [1, '#1b1233'],
    ])
    out += wDef + rect(0, base, W, H - base, wFill)
    out += reflection(sky + near, base, 0.28)
    out += ripples(base + 6, H, '#ffcf9a', 21, 60, 0.35)
    out += rect(0, base - 2, W, 4, '#ffcf9a', 0, ' opacity="0.35"')
    return out
  },

  'article-judicial-assistance-2024-figures': () => {
    let out = background('#10253f', '#183a5f')
    out += glow(420, 330, 380, '#3ec5a8', 0.18)
    // card with bars
    out += rect(150, 140, 560, 400, '#f5f1e8', 22)
    out += `<g transform="translate(200,200)">${barChart(460, 280, ['#2a9d8f', '#2a9d8f', '#2a9d8f', '#2a9d8f', '#2a9d8f', '#e9b949'], 7, 6)}</g>`
    out += rect(200, 470, 460, 3, '#10253f', 0, ' opacity="0.3"')
    // ring chart
    out += circle(880, 250, 120, '#f5f1e8', ' opacity="0.08"')
    out += donut(880, 250, 90, [[0.48, '#e9b949'], [0.3, '#2a9d8f'], [0.2, '#f5f1e8']], 34)
    // stack of case files
    for (let i = 0; i < 4; i++) out += rect(770 + i * 6, 560 - i * 26, 230, 24, ['#e76f51', '#e9b949', '#2a9d8f', '#f5f1e8'][i], 5)
    out += documentSheet(800, 400, 150, 120, '#ffffff', '#10253f', undefined, -6)
    return out
  },

  'article-cooperation-agreements-100-countries': () => {
    const cx = 600
    const cy = 338
    let out = background('#0b1e4a', '#12337a')
    out += glow(cx, cy, 330, '#f2c14e', 0.16)
    out += circle(cx, cy, 205, '#163f8f')
    out += dotGlobe(cx, cy, 205, 100, 18, 9, '#9ec5ff', { shapes: china, color: '#f2c14e' })
    out += circle(cx, cy, 205, 'none', ' stroke="#9ec5ff" stroke-width="2" opacity="0.5"')
    let ring = ''
    let rays = ''
    for (let i = 0; i < 100; i++) {
      const a = (i / 100) * Math.PI * 2 - Math.PI / 2
      const r = 282
      const p: Pt = [cx + r * Math.cos(a), cy + r * Math.sin(a)]
      ring += circle(p[0], p[1], i % 5 === 0 ? 6 : 4.2, i % 5 === 0 ? '#f2c14e' : '#dbe7ff')
      rays += line([cx + 222 * Math.cos(a), cy + 222 * Math.sin(a)], [cx + 268 * Math.cos(a), cy + 268 * Math.sin(a)], '#dbe7ff', 1.1)
    }
    out += `<g opacity="0.4">${rays}</g>` + circle(cx, cy, 282, 'none', ' stroke="#dbe7ff" stroke-width="1" opacity="0.35"') + ring
    return out
  },

  'article-china-asean-prosecutors-general-conference': () => {
    let out = background('#f3e9d8', '#e6d3b6')
    const cx = 600
    const cy = 350
    out += ellipse(cx, cy + 14, 400, 190, '#000', ' opacity="0.08"')
    out += ellipse(cx, cy, 390, 180, '#2f7f7a')
    out += ellipse(cx, cy, 330, 130, '#3d9a93')
    out += ellipse(cx, cy, 150, 52, '#f3e9d8', ' opacity="0.5"')
    for (let i = 0; i < 11; i++) {
      const a = (i / 11) * Math.PI * 2 - Math.PI / 2
      const sx = cx + 450 * Math.cos(a)
      const sy = cy + 232 * Math.sin(a)
      out += rect(sx - 30, sy - 30, 60, 60, '#e07a5f', 14, ` transform="rotate(${n((a * 180) / Math.PI + 90)} ${n(sx)} ${n(sy)})"`)
      out += personAbove(sx, sy, 30, (a * 180) / Math.PI + 180, '#3d405b', '#81553c')
      const fx = cx + 350 * Math.cos(a)
      const fy = cy + 148 * Math.sin(a)
      const fs = flagSets[i]
      out += rect(fx - 1.5, fy - 26, 3, 28, '#f3e9d8') + flagShape(fx + 1.5, fy - 26, 30, 20, fs.style, fs.c)
    }
    return out
  },

  'article-asset-recovery-workshop': () => {
    let out = background('#0f4c3a', '#1c6b52')
    out += glow(820, 320, 300, '#f4d35e', 0.22)
    out += coinStack(260, 560, 70, 8, '#c9971c', '#f4d35e', '#7a5a0d')
    out += coinStack(420, 585, 70, 5, '#c9971c', '#f4d35e', '#7a5a0d')
    out += coinStack(560, 560, 55, 3, '#c9971c', '#f4d35e', '#7a5a0d')
    out += strokePath('M300,300 C380,120 700,110 760,250', '#f4f1de', 14, ' opacity="0.9"')
    out += `<polygon points="-6,-26 30,0 -6,26" fill="#f4f1de" transform="translate(760,250) rotate(67)"/>`
    out += shield(870, 390, 150, '#f4f1de')
    out += shield(870, 390, 118, '#2a9d6f')
    out += strokePath('M815,395 L858,438 L935,345', '#f4f1de', 20)
    return out
  },

  'article-cybercrime-telecom-fraud-cooperation': () => {
    let out = background('#1a1033', '#2c1a55')
    const rand = random(31)
    const nodes: Pt[] = []
    for (let i = 0; i < 26; i++) nodes.push([60 + rand() * 1080, 60 + rand() * 555])
    let links = ''
    nodes.forEach((a, i) => {
      nodes.forEach((b, j) => {
        if (j > i && Math.hypot(a[0] - b[0], a[1] - b[1]) < 240) links += line(a, b, '#35e0f0', 1.3)
      })
    })
    out += `<g opacity="0.35">${links}</g>`
    nodes.forEach((p, i) => (out += circle(p[0], p[1], i % 4 === 0 ? 7 : 4, i % 4 === 0 ? '#ff4fa3' : '#35e0f0')))
    out += glow(600, 338, 260, '#ff4fa3', 0.25)
    const screen = rect(20, 40, 150, 14, '#35e0f0', 7, ' opacity="0.5"') + rect(20, 66, 110, 14, '#35e0f0', 7, ' opacity="0.35"') + rect(20, 270, 150, 40, '#ff4fa3', 12, ' opacity="0.8"')
    out += smartphone(600, 338, 190, '#0d0820', '#241447', screen)
    out += padlock(600, 330, 62, '#ff4fa3', '#f5f0ff', '#241447')
    return out
  },

  'article-lancang-mekong-drug-control': () => {
    let out = background('#f6b26b', '#f9d9a8')
    out += glow(780, 250, 260, '#fff1c1', 0.7)
    out += circle(780, 250, 58, '#fff1c1')
    out += hills(300, 90, 41, '#c98a6b', 160)
    out += hills(345, 80, 42, '#6f9e7d', 140)
    out += hills(400, 70, 43, '#3f7d62', 130)
    // winding river from the horizon to the foreground
    const left: Pt[] = []
    const right: Pt[] = []
    for (let i = 0; i <= 20; i++) {
      const t = i / 20
      const y = 372 + (H + 10 - 372) * t
      const cxr = 640 + 170 * Math.sin(t * 5.2 + 0.4) * t - 80 * t
      const w = 10 + 330 * t * t
      left.push([cxr - w, y])
      right.push([cxr + w, y])
    }
    out += hills(470, 60, 44, '#2c6650', 150)
    const river = `${smooth(left)} L${n(right[right.length - 1][0])},${n(right[right.length - 1][1])} ${smooth([...right].reverse()).replace(/^M/, 'L')} Z`
    const [rDef, rFill] = gradient([
      [0, '#fbe3b5'],
      [1, '#7fc4c9'],
    ])
    out += rDef + pathEl(river, rFill)
    out += ripples(420, H, '#ffffff', 45, 40, 0.25).replace('<g', `<g clip-path="url(#riverclip)"`)
    out = out.replace(rDef, `${rDef}<defs><clipPath id="riverclip"><path d="${river}"/></clipPath></defs>`)
    out += boat(560, 560, 42, '#f4f1e8', '#2d4f73', '#ffffff', 1)
    out += boat(690, 470, 26, '#f4f1e8', '#2d4f73', '#ffffff', -1)
    out += hills(640, 40, 46, '#1f4d3c', 200)
    return out
  },

  'article-training-program-young-prosecutors': () => {
    let out = background('#e8f1fb', '#cfe0f5')
    out += glow(930, 170, 200, '#ffd166', 0.5)
    out += scales(930, 95, 58, '#e09f3e')
    // a staircase of books
    const colors = ['#1d4e89', '#e07a5f', '#3d9a93', '#f2c14e', '#6a4c93', '#2a6f97']
    for (let i = 0; i < 6; i++) {
      const x = 160 + i * 120
      const top = 600 - (i + 1) * 62
      for (let k = 0; k <= i; k++) {
        out += rect(x, 600 - (k + 1) * 62, 130, 58, colors[(i + k) % colors.length], 6)
        out += rect(x + 108, 600 - (k + 1) * 62 + 8, 12, 42, '#f7f3ea', 2)
        out += rect(x + 14, 600 - (k + 1) * 62 + 24, 50, 7, '#f7f3ea', 3, ' opacity="0.6"')
      }
      if (i % 2 === 1 || i === 4) out += person(x + 62, top - 2, 22, '#243b55', '#8d5a3b')
    }
    out += rect(80, 600, 1040, 8, '#9fb8d6', 4)
    return out
  },

  'article-mongolia-border-cooperation': () => {
    let out = background('#5aa9e6', '#cfe8f7')
    out += circle(980, 140, 50, '#fff4c2')
    out += poly([[0, 360], [140, 230], [250, 320], [380, 190], [520, 330], [620, 260], [760, 340], [900, 220], [1060, 320], [1200, 250], [1200, 400], [0, 400]], '#7d97b8')
    out += poly([[380, 190], [410, 215], [395, 220], [360, 212]], '#f4f8fb') + poly([[900, 220], [935, 248], [910, 250], [878, 240]], '#f4f8fb')
    out += hills(390, 40, 51, '#b7c77a', 180)
    out += hills(450, 40, 52, '#d9b45a', 160)
    // road converging to the horizon
    out += poly([[590, 395], [610, 395], [900, H], [380, H]], '#8a7657')
    out += poly([[598, 395], [602, 395], [655, H], [625, H]], '#f4ead2', ' opacity="0.6"')
    out += ger(250, 500, 80, '#f7f3ea', '#b5523b', '#b5523b')
    out += ger(420, 470, 52, '#f7f3ea', '#2f6690', '#2f6690')
    // border post with stripes and a barrier
    const px = 800
    for (let i = 0; i < 8; i++) out += rect(px, 380 + i * 20, 20, 20, i % 2 ? '#f7f3ea' : '#c0392b')
    out += rect(px - 6, 540, 32, 10, '#5d4e37', 3)
    for (let i = 0; i < 7; i++) out += rect(px - 280 + i * 40, 452, 40, 12, i % 2 ? '#f7f3ea' : '#c0392b')
    out += circle(px + 10, 458, 12, '#5d4e37')
    return out
  },

  'article-sco-prosecutors-meeting': () => {
    let out = background('#e9e4da', '#d6cfc2')
    out += building(600, 470, 560, 330, '#f6f2ea', '#b9ad99', 8)
    out += rect(0, 470, W, H - 470, '#8c8377')
    out += rect(0, 470, W, 14, '#a79e91')
    const sets = [flagSets[0], flagSets[2], flagSets[4], flagSets[6], flagSets[8], flagSets[10], flagSets[11], flagSets[9], flagSets[1], flagSets[5]]
    sets.forEach((fs, i) => {
      const x = 95 + i * 112
      out += rect(x - 3, 260, 6, 300, '#4a4a4a') + circle(x, 258, 6, '#c9a227')
      out += flagShape(x + 3, 270, 82, 54, fs.style, fs.c)
      out += rect(x - 10, 556, 20, 8, '#4a4a4a', 2)
    })
    return out
  },

  'article-digital-evidence-guidelines': () => {
    let out = background('#0a1f3c', '#0f2f5a')
    const cx = 500
    const cy = 340
    let print = ''
    for (let i = 1; i <= 9; i++) {
      const rx = 22 * i
      const ry = 28 * i
      const gapA = (i * 47) % 360
      const a0 = ((gapA + 20) * Math.PI) / 180
      const a1 = ((gapA + 330) * Math.PI) / 180
      print += strokePath(`M${n(cx + rx * Math.cos(a0))},${n(cy + ry * Math.sin(a0))} A${rx},${ry} 0 1 1 ${n(cx + rx * Math.cos(a1))},${n(cy + ry * Math.sin(a1))}`, '#3fa9f5', 5)
    }
    out += print
    const traces: [Pt, Pt, Pt][] = [
      [[cx + 200, cy - 80], [cx + 300, cy - 80], [cx + 340, cy - 120]],
      [[cx - 195, cy + 40], [cx - 300, cy + 40], [cx - 340, cy + 80]],
      [[cx + 150, cy + 190], [cx + 150, cy + 260], [cx + 200, cy + 300]],
      [[cx - 130, cy - 220], [cx - 130, cy - 280], [cx - 180, cy - 300]],
    ]
    for (const [a, b, c] of traces) out += strokePath(`M${a[0]},${a[1]} L${b[0]},${b[1]} L${c[0]},${c[1]}`, '#9be15d', 4) + circle(c[0], c[1], 8, '#9be15d')
    out += magnifier(740, 250, 95, '#f1f5f9', '#f1f5f9', '#9be15d', 50)
    out += documentSheet(880, 330, 200, 260, '#f1f5f9', '#0a1f3c', '#3fa9f5', 6)
    return out
  },

  // --- Video posters (the first three are also the video scenes) --------------------------------------
  'video-forum-highlights': (t) => {
    let out = background('#1c1230', '#3b1f3f')
    out += glow(600, 250, 380, '#ff9f5a', 0.22)
    // screen with a slowly turning globe
    out += rect(330, 60, 540, 320, '#2a1d45', 14) + rect(342, 72, 516, 296, '#121a3a', 8)
    const lon0 = 20 + 60 * t
    out += circle(600, 220, 130, '#1d3570')
    out += dotGlobe(600, 220, 130, lon0, 10, 7, '#ffc078', { shapes: china, color: '#ff7b54' })
    // stage and lectern
    out += rect(0, 430, W, 30, '#51305e') + rect(0, 460, W, 215, '#24162f')
    out += poly([[520, 300], [680, 300], [660, 440], [540, 440]], '#7a4b7f') + rect(510, 290, 180, 18, '#9a6aa0', 4)
    out += circle(600, 370, 26, '#ffc078', ' opacity="0.8"')
    out += deskMicrophone(620, 292, 50, '#1a1026', '#ff7b54')
    // audience
    const rand = random(61)
    for (let row = 2; row >= 0; row--) {
      let heads = ''
      for (let i = 0; i < 14; i++) heads += person(20 + i * 88 + (row % 2) * 44 + rand() * 10, H + 50 - row * 60, 34 - row * 4, '#0d0714', '#0d0714')
      out += `<g opacity="${n(1 - row * 0.25)}">${heads}</g>`
    }
    return out
  },

  'video-asset-recovery-explained': (t) => {
    let out = background('#e8f4ec', '#cfe8d8')
    out += rect(0, 520, W, 155, '#a7d3b8')
    out += building(230, 520, 280, 300, '#2f6b4f', '#1f4a37', 6)
    out += building(960, 520, 240, 260, '#c98b2b', '#8f6218', 5)
    out += shield(960, 170, 46, '#c98b2b')
    const a: Pt = [330, 240]
    const b: Pt = [870, 240]
    out += strokePath(arcPath(a, b, 0.3), '#2f6b4f', 5, ' stroke-dasharray="4 14" opacity="0.6"')
    for (let k = 0; k < 5; k++) {
      const p = ((t * 1.6 + k / 5) % 1 + 1) % 1
      const q = arcPoint(a, b, 0.3, p)
      const fade = Math.min(1, p * 8, (1 - p) * 8)
      out += `<g opacity="${n(fade)}">${ellipse(q[0], q[1], 26, 26, '#e9b949', ' stroke="#a67c12" stroke-width="4"')}${circle(q[0], q[1], 12, 'none', ' stroke="#a67c12" stroke-width="3"')}</g>`
    }
    out += coinStack(960, 590, 48, 2 + Math.floor(t * 6), '#c9971c', '#f4d35e', '#7a5a0d')
    out += coinStack(230, 590, 48, 6 - Math.floor(t * 4), '#c9971c', '#f4d35e', '#7a5a0d')
    return out
  },

  'video-prosecutor-exchange-interview': (t) => {
    let out = background('#f2e6d9', '#e7d3bf')
    out += rect(0, 470, W, 205, '#b98b6b')
    out += rect(90, 110, 300, 220, '#d9c2a8', 8) + rect(105, 125, 270, 190, '#c7dbe0', 4) + poly([[105, 315], [210, 200], [290, 270], [330, 230], [375, 280], [375, 315]], '#8fb3a4')
    out += glow(820, 220, 260, '#fff5e0', 0.55 + 0.1 * Math.sin(t * Math.PI * 2))
    out += rect(760, 90, 10, 230, '#7a5c46') + poly([[730, 90], [800, 90], [780, 40], [750, 40]], '#f5d7a1')
    out += armchair(330, 520, 120, '#3d6e8f', '#2c526b', 1)
    out += armchair(870, 520, 120, '#a4473c', '#7d342c', -1)
    out += rect(520, 450, 160, 14, '#5c3d2e', 6) + rect(590, 464, 20, 56, '#5c3d2e')
    out += circle(565, 442, 10, '#f2e6d9') + rect(615, 438, 40, 12, '#3d6e8f', 3)
    out += camera(640, 660, 80, '#2b2b2b', '#4b6cb7', Math.sin(t * Math.PI * 12) > 0 ? '#e63946' : '#6b1f25')
    out += plant(1090, 520, 70, '#7a5c46', '#4f7f5a')
    return out
  },

  'video-mutual-legal-assistance-101': (t) => {
    let out = background('#e3ecf7', '#f7f4ee')
    out += rect(0, 540, W, 135, '#c4d3e6')
    out += building(220, 540, 300, 330, '#24427a', '#162b52', 6)
    out += building(980, 540, 300, 330, '#7a2f45', '#521e2e', 6)
    const a: Pt = [300, 200]
    const b: Pt = [900, 200]
    out += strokePath(arcPath(a, b, 0.28), '#24427a', 4, ' stroke-dasharray="2 12" opacity="0.5"')
    out += strokePath(arcPath(b, a, -0.12), '#7a2f45', 4, ' stroke-dasharray="2 12" opacity="0.5"')
    const p1 = ease(clamp01(t * 2))
    const p2 = ease(clamp01(t * 2 - 1))
    const q1 = arcPoint(a, b, 0.28, p1)
    const q2 = arcPoint(b, a, -0.12, p2)
    out += documentSheet(q1[0] - 45, q1[1] - 58, 90, 116, '#ffffff', '#24427a', '#24427a', -8 + 16 * p1)
    out += documentSheet(q2[0] - 45, q2[1] - 58, 90, 116, '#ffffff', '#7a2f45', '#7a2f45', 8 - 16 * p2)
    return out
  },

  // --- Case highlights -------------------------------------------------------------------------------------
  'case-telecom-fraud-extradition': () => {
    const v: MapView = { lonC: 108, latC: 16, scale: 17, cx: 600, cy: 338 }
    let out = background('#20304f', '#2f4870')
    out += dotMap(v, { spacing: 12, radius: 3, color: '#5f7aa6', highlight: { shapes: china, color: '#a9c1e8' } })
    const from = project(v, 98, 8)
    const to = project(v, ...places.guangzhou)
    out += strokePath(arcPath(from, to, 0.3), '#ffd166', 4, ' stroke-dasharray="12 10"')
    const mid = arcPoint(from, to, 0.3, 0.62)
    const ahead = arcPoint(from, to, 0.3, 0.66)
    out += airliner(mid[0], mid[1], 40, (Math.atan2(ahead[1] - mid[1], ahead[0] - mid[0]) * 180) / Math.PI, '#f8f9fb', '#ffd166')
    out += circle(to[0], to[1], 11, '#ffd166', ' stroke="#20304f" stroke-width="4"')
    const screen = rect(12, 30, 70, 10, '#ef476f', 5) + rect(12, 50, 50, 10, '#ef476f', 5, ' opacity="0.6"')
    out += smartphone(from[0], from[1] + 30, 64, '#101a2e', '#f8f9fb', screen)
    out += circle(from[0] + 28, from[1] - 42, 14, '#ef476f')
    return out
  },

  'case-cross-border-bribery-asset-recovery': () => {
    let out = background('#f4efe6', '#e8dfcf')
    out += rect(0, 0, 600, H, '#e3ecef')
    out += line([600, 30], [600, 645], '#5c6b73', 5, ' stroke-dasharray="18 14"')
    out += scales(880, 150, 95, '#8a5a44')
    const coins: Pt[] = [[200, 420], [300, 380], [400, 350], [500, 335], [620, 330], [720, 340]]
    coins.forEach(([x, y], i) => {
      out += `<g opacity="${n(0.35 + (i / coins.length) * 0.65)}">${ellipse(x, y, 34, 34, '#e9b949', ' stroke="#a67c12" stroke-width="5"')}${circle(x, y, 15, 'none', ' stroke="#a67c12" stroke-width="3"')}</g>`
    })
    out += `<polygon points="0,-22 32,0 0,22" fill="#8a5a44" transform="translate(775,350)"/>`
    out += coinStack(160, 580, 60, 4, '#c9971c', '#f4d35e', '#7a5a0d')
    return out
  },

  'case-drug-trafficking-joint-investigation': () => {
    let out = background('#0e1a2b', '#1a2d47')
    out += `<g opacity="0.5">${poly([[180, 0], [230, 0], [640, 520], [420, 520]], '#fdf3c7')}${poly([[1020, 0], [1070, 0], [820, 520], [560, 520]], '#c7e6fd')}</g>`
    out += rect(0, 520, W, 155, '#24364f') + rect(0, 600, W, 75, '#14324d')
    out += ripples(605, H, '#c7e6fd', 71, 25, 0.3)
    // gantry crane
    out += rect(940, 180, 16, 340, '#e07a2f') + rect(1080, 180, 16, 340, '#e07a2f') + rect(880, 170, 300, 18, '#e07a2f') + line([948, 180], [1088, 300], '#e07a2f', 8) + rect(990, 188, 4, 120, '#cfd8e3') + rect(972, 308, 40, 14, '#cfd8e3')
    const colors = ['#c0392b', '#2e86ab', '#f4a259', '#5b8e7d', '#8e6c8a', '#e9c46a']
    for (let r = 0; r < 4; r++) out += containerRow(150 + r * 30, 520 - r * 62, 150, 58, colors.slice(r).concat(colors.slice(0, r)), 4 - (r > 1 ? 1 : 0), '#000')
    return out
  },

  'case-wildlife-trafficking-network': () => {
    let out = background('#f6c177', '#fae3b4')
    out += circle(880, 250, 90, '#fff1d0', ' opacity="0.8"')
    out += hills(470, 30, 81, '#d9a066', 220)
    out += rect(0, 540, W, 135, '#b97a45')
    out += acacia(900, 540, 220, '#5b3a29', '#6b4a2f')
    out += elephant(260, 560, 1.45, '#6b5b53', '#56483f', '#f3ead8')
    const nodes: Pt[] = [[120, 120], [300, 80], [480, 140], [650, 90], [820, 130], [1040, 100], [560, 240], [360, 230]]
    let links = ''
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) if (Math.hypot(nodes[i][0] - nodes[j][0], nodes[i][1] - nodes[j][1]) < 260) links += line(nodes[i], nodes[j], '#7a3b2e', 2.5)
    out += `<g opacity="0.55">${links}</g>`
    for (const p of nodes) out += circle(p[0], p[1], 9, '#7a3b2e', ' stroke="#fae3b4" stroke-width="3"')
    return out
  },

  'case-money-laundering-freeze': () => {
    let out = background('#dff1f8', '#b8dcea')
    const rand = random(91)
    for (let i = 0; i < 18; i++) {
      const x = 60 + rand() * 1080
      const y = 40 + rand() * 600
      const r = 8 + rand() * 18
      let flake = ''
      for (let k = 0; k < 3; k++) flake += line([x - r * Math.cos((k * Math.PI) / 3), y - r * Math.sin((k * Math.PI) / 3)], [x + r * Math.cos((k * Math.PI) / 3), y + r * Math.sin((k * Math.PI) / 3)], '#ffffff', 3)
      out += `<g opacity="0.8">${flake}</g>`
    }
    // banknotes inside an ice block
    for (let i = 0; i < 6; i++) out += rect(420, 500 - i * 34, 360, 30, i % 2 ? '#3f8f5a' : '#2f7a4a', 5) + circle(600, 515 - i * 34, 10, '#9fd3ad', ' opacity="0.8"') + rect(436, 506 - i * 34, 40, 6, '#9fd3ad', 3, ' opacity="0.7"')
    out += rect(370, 250, 460, 330, '#e9f7fc', 28, ' opacity="0.3" stroke="#ffffff" stroke-width="6"')
    out += poly([[390, 270], [520, 270], [400, 420]], '#ffffff', ' opacity="0.45"')
    out += padlock(860, 470, 70, '#3c6e91', '#2b4f69', '#dff1f8')
    return out
  },

  'case-fugitive-repatriation': () => {
    let out = background('#ffc6a5', '#ffe7d1')
    out += circle(300, 200, 70, '#fff3e4')
    out += poly([[0, 470], [W, 430], [W, H], [0, H]], '#a3b18a')
    out += poly([[470, 470], [730, 465], [1200, 600], [1200, 675], [160, 675]], '#5f6b75')
    for (let i = 0; i < 6; i++) {
      const t = i / 6
      out += poly([[600 + lerp(0, 120, t) - 6, 470 + 205 * t], [600 + lerp(0, 120, t) + 6, 470 + 205 * t], [600 + lerp(0, 120, t + 0.08) + 9, 470 + 205 * (t + 0.08)], [600 + lerp(0, 120, t + 0.08) - 9, 470 + 205 * (t + 0.08)]], '#f7f3ea')
    }
    out += airliner(800, 230, 70, 150, '#2f3e4e', '#e76f51')
    // passport booklet (blank cover, no writing)
    out += `<g transform="rotate(-10 230 540)">${rect(140, 440, 180, 240, '#7a1f2b', 14)}${circle(230, 540, 44, 'none', ' stroke="#e9c46a" stroke-width="5"')}${poly(starPoints(230, 540, 22, 9, 5), '#e9c46a')}${rect(140, 440, 14, 240, '#5c1620', 6)}</g>`
    return out
  },

  // --- Events ------------------------------------------------------------------------------------------------
  'event-china-africa-prosecutorial-forum-cover': () => {
    const base = 480
    let out = background('#071a33', '#1d3b66')
    const rand = random(101)
    for (let i = 0; i < 70; i++) out += circle(rand() * W, rand() * 300, rand() * 1.6 + 0.4, '#ffffff', ` opacity="${n(0.3 + rand() * 0.6)}"`)
    out += glow(560, 250, 240, '#ff6fb5', 0.3)
    let sky = genericTowers(-10, 1210, base, 60, 200, '#13294a', 111)
    sky += rect(860, base - 330, 46, 330, '#102341') + poly([[860, base - 330], [883, base - 380], [906, base - 330]], '#102341')
    sky += rect(940, base - 300, 60, 300, '#102341') + rect(950, base - 330, 40, 30, '#102341')
    sky += cantonTower(560, base, 0.68, '#3b2f6e', '#ff7ac2')
    sky += genericTowers(-10, 1210, base, 20, 90, '#0b1a33', 112, '#ffd479')
    out += sky
    const [wDef, wFill] = gradient([
      [0, '#10264a'],
      [1, '#050f22'],
    ])
    out += wDef + rect(0, base, W, H - base, wFill) + reflection(sky, base, 0.3) + ripples(base + 6, H, '#ff9fcf', 103, 55, 0.3)
    return out
  },

  'event-china-africa-prosecutorial-forum-1': () => {
    let out = background('#f1e4d3', '#e3cdb3')
    out += rect(0, 0, W, 120, '#b5523b') + rect(0, 120, W, 10, '#8f3f2d')
    for (let i = 0; i < 12; i++) out += circle(60 + i * 98, 60, 22, '#f1e4d3', ' opacity="0.18"')
    const skins = ['#5a3825', '#8d5a3b', '#3b2418', '#c68642', '#6b4226', '#a0673f']
    for (let i = 0; i < 9; i++) out += person(150 + i * 112, 450, 46, ['#2d3047', '#41475e', '#1f2a44'][i % 3], skins[i % skins.length])
    out += rect(60, 440, 1080, 30, '#6b3e26', 6) + rect(80, 470, 1040, 170, '#8a5236')
    for (let i = 0; i < 9; i++) {
      const x = 150 + i * 112
      out += poly([[x - 34, 440], [x + 14, 440], [x + 11, 420], [x - 31, 420]], '#fbf6ee')
      out += deskMicrophone(x + 38, 440, 34, '#1b1b1b', '#e63946')
    }
    return out
  },

  'event-china-africa-prosecutorial-forum-2': () => {
    let out = background('#22313f', '#34495e')
    out += glow(600, 200, 420, '#f6d8ae', 0.25)
    out += poly([[140, 330], [1060, 330], [1160, 600], [40, 600]], '#7a4a2b') + rect(40, 600, 1120, 30, '#5e3820')
    out += poly([[190, 345], [1010, 345], [1080, 570], [120, 570]], '#2f6b4f', ' opacity="0.5"')
    // two open folders
    for (const cx of [390, 810]) {
      out += poly([[cx - 170, 420], [cx, 410], [cx, 540], [cx - 190, 548]], '#1f3b5a') + poly([[cx, 410], [cx + 170, 420], [cx + 190, 548], [cx, 540]], '#1f3b5a')
      out += poly([[cx - 155, 428], [cx - 6, 420], [cx - 6, 530], [cx - 170, 537]], '#fbf6ee') + poly([[cx + 6, 420], [cx + 155, 428], [cx + 170, 537], [cx + 6, 530]], '#fbf6ee')
      for (let k = 0; k < 5; k++) out += rect(cx + 28, 445 + k * 16, 100, 5, '#9aa5b1', 2)
      out += seal_(cx + 120, 510, 16, '#b5523b')
      out += `<g transform="rotate(-25 ${cx - 60} 480)">${rect(cx - 140, 476, 150, 8, '#c9a227', 4)}</g>`
    }
    // table flags
    out += rect(596, 250, 8, 100, '#c9a227') + ellipse(600, 350, 40, 10, '#c9a227')
    out += flagShape(604, 255, 70, 46, flagSets[0].style, flagSets[0].c) + `<g transform="translate(1200,0) scale(-1,1)">${flagShape(604, 255, 70, 46, flagSets[3].style, flagSets[3].c)}</g>`
    return out
  },

  'event-foreign-related-prosecution-conference-2024-cover': () => {
    const base = 500
    let out = background('#8ec5ff', '#e0f0ff')
    out += circle(1030, 120, 50, '#fffbe8')
    out += genericTowers(-10, 1210, base, 50, 170, '#a7bcd6', 121)
    const sky = shanghaiLandmarks(base, 0.66, 880, 340, { tower: '#4a6a92', sphere: '#e0607e', glass: '#c5dcf5' })
    out += sky
    out += genericTowers(-10, 1210, base, 30, 90, '#5d7fa8', 122)
    out += rect(0, base, W, H - base, '#4b7bb0')
    out += reflection(sky, base, 0.22)
    out += ripples(base + 4, H, '#ffffff', 123, 50, 0.35)
    out += boat(300, 580, 40, '#f4f1e8', '#c0392b', '#ffffff', 1)
    return out
  },

  'event-foreign-related-prosecution-conference-2024-1': () => {
    let out = background('#2b2d42', '#3c3f5c')
    out += rect(170, 60, 860, 270, '#1d1f33', 10) + rect(185, 75, 830, 240, '#edf2f4', 6)
    out += `<g transform="translate(230,110)">${barChart(330, 180, ['#ef233c', '#8d99ae', '#2b2d42'], 5, 6)}</g>`
    out += donut(800, 195, 70, [[0.55, '#ef233c'], [0.25, '#2b2d42'], [0.18, '#8d99ae']], 26)
    out += rect(0, 500, W, 175, '#1a1b2e') + rect(0, 480, W, 24, '#53567a')
    const skins = ['#f1c27d', '#8d5524', '#e0ac69', '#c68642']
    for (let i = 0; i < 4; i++) out += person(330 + i * 180, 440, 54, ['#8d99ae', '#2b2d42', '#ef233c', '#5c677d'][i], skins[i])
    out += rect(220, 420, 760, 60, '#edf2f4', 6) + rect(220, 470, 760, 10, '#c9ced6')
    for (let i = 0; i < 4; i++) out += deskMicrophone(370 + i * 180, 420, 34, '#1a1b2e', '#ef233c')
    return out
  },

  'event-foreign-related-prosecution-conference-2024-2': () => {
    let out = background('#c9b79c', '#b8a585')
    // folder
    out += `<g transform="rotate(-8 380 330)">${rect(200, 130, 360, 440, '#1d3557', 12)}${rect(230, 170, 300, 10, '#457b9d', 5)}${seal_(380, 330, 56, '#a8dadc')}</g>`
    // notebook
    out += `<g transform="rotate(6 760 360)">${rect(620, 200, 280, 360, '#f1faee', 8)}${Array.from({ length: 12 }, (_, i) => rect(645, 250 + i * 24, 230, 2, '#a8dadc')).join('')}${rect(620, 200, 22, 360, '#e63946', 4)}</g>`
    // pen
    out += `<g transform="rotate(-35 900 520)">${rect(820, 514, 170, 14, '#2b2d42', 7)}${poly([[990, 514], [1012, 521], [990, 528]], '#c9a227')}${rect(840, 510, 40, 4, '#c9a227', 2)}</g>`
    // lanyard and badge (blank)
    out += strokePath('M980,40 Q1010,200 1040,300 M1120,40 Q1080,200 1050,300', '#e63946', 10)
    out += rect(990, 300, 120, 160, '#f1faee', 10) + rect(990, 300, 120, 40, '#457b9d', 10) + rect(990, 330, 120, 10, '#457b9d') + circle(1050, 385, 26, '#a8dadc')
    return out
  },

  'event-china-asean-prosecutors-general-conference-cover': () => {
    const v: MapView = { lonC: 108, latC: 18, scale: 12, cx: 600, cy: 338 }
    let out = background('#0b3d4a', '#0f5a66')
    out += dotMap(v, { spacing: 11, radius: 3, color: '#5fb3a8', highlight: { shapes: china, color: '#f4d58d' } })
    const capitals: Pt[] = [places.beijing, places.hanoi, places.vientiane, places.bangkok, places.phnomPenh, places.naypyidaw, places.kualaLumpur, places.singapore, places.jakarta, places.bandarSeriBegawan, places.manila]
    const hub = project(v, ...places.beijing)
    const ring = capitals.slice(1).map((p) => project(v, p[0], p[1]))
    for (const p of ring) out += strokePath(arcPath(hub, p, 0.12), '#f4d58d', 2.2, ' opacity="0.75"')
    for (let i = 0; i < ring.length; i++) out += strokePath(arcPath(ring[i], ring[(i + 1) % ring.length], 0.08), '#ffffff', 1.4, ' opacity="0.35"')
    for (const p of ring) out += circle(p[0], p[1], 8, '#f28c6b', ' stroke="#ffffff" stroke-width="2.5"')
    out += circle(hub[0], hub[1], 11, '#f4d58d', ' stroke="#ffffff" stroke-width="3"')
    return out
  },

  'event-china-asean-prosecutors-general-conference-1': () => {
    let out = background('#f7efe3', '#ecdcc6')
    out += rect(80, 60, 1040, 360, '#146c6b', 10)
    for (let i = 0; i < 6; i++) out += strokePath(`M${80},${360 - i * 40} Q600,${120 - i * 40} 1120,${360 - i * 40}`, '#f4d58d', 3, ' opacity="0.25"')
    out += rect(0, 560, W, 115, '#c9a77c')
    const skins = ['#f1c27d', '#8d5524', '#e0ac69', '#c68642', '#ffdbac', '#a0673f']
    const suits = ['#26344f', '#3e4a61', '#1f2a44', '#5a3e36', '#2f4858', '#46364a']
    for (let i = 0; i < 11; i++) {
      const x = 120 + i * 96
      out += rect(x - 22, 470, 18, 95, '#26344f', 6) + rect(x + 4, 470, 18, 95, '#26344f', 6)
      out += person(x, 480, 40, suits[i % suits.length], skins[i % skins.length])
    }
    return out
  },

  'event-china-asean-prosecutors-general-conference-2': () => {
    let out = background('#d7e3e8', '#c2d3da')
    // interpretation booths in the back wall
    for (let i = 0; i < 3; i++) {
      const x = 120 + i * 340
      out += rect(x, 70, 300, 190, '#4a5d6b', 10) + rect(x + 14, 84, 272, 150, '#a9d6e5', 6, ' opacity="0.85"')
      out += person(x + 100, 234, 28, '#2f3e46', '#8d5524') + person(x + 200, 234, 28, '#52796f', '#f1c27d')
      out += rect(x + 14, 214, 272, 20, '#354f52')
    }
    out += rect(0, 300, W, 60, '#9fb3bd')
    // desk with headset and microphone in the foreground
    out += poly([[0, 470], [W, 430], [W, H], [0, H]], '#6b4f3a')
    out += poly([[0, 470], [W, 430], [W, 448], [0, 490]], '#8a6a50')
    out += headset(430, 530, 110, '#1b1b1b', '#344e5c')
    out += deskMicrophone(820, 560, 150, '#1b1b1b', '#2ec4b6')
    return out
  },

  'event-asset-recovery-training-2025-cover': () => {
    let out = background('#f4f1ea', '#e8e2d4')
    out += rect(200, 60, 800, 360, '#ffffff', 12, ' stroke="#b8c1cc" stroke-width="10"')
    out += flowChart(230, 90, 740, 300, '#2a6f97', '#33415c', '#e9b949')
    out += rect(200, 420, 800, 14, '#b8c1cc', 4)
    const hair = ['#2b2118', '#4a3426', '#1c1c1c', '#6b4a2f', '#3b2a20']
    for (const r of [1, 0]) {
      out += rect(60 + r * 40, 600 - r * 70 + 50, 1080 - r * 80, 20, '#a47551', 5)
      for (let i = 0; i < 6 - r; i++) {
        const x = 160 + r * 90 + i * 180
        out += pathEl(`M${x - 48},${660 - r * 70} L${x - 48},${600 - r * 70} Q${x - 48},${570 - r * 70} ${x - 18},${570 - r * 70} L${x + 18},${570 - r * 70} Q${x + 48},${570 - r * 70} ${x + 48},${600 - r * 70} L${x + 48},${660 - r * 70} Z`, ['#3d5a80', '#98c1d9', '#ee6c4d', '#293241', '#5c946e', '#8d6a9f'][(i + r) % 6])
        out += circle(x, 545 - r * 70, 24, hair[(i + r * 2) % hair.length])
      }
    }
    return out
  },

  'event-asset-recovery-training-2025-1': () => {
    let out = background('#dfe7ec', '#c9d6de')
    out += rect(0, 500, W, 175, '#8c6d52') + rect(0, 500, W, 12, '#a6846a')
    const rand = random(141)
    const nodes: Pt[] = Array.from({ length: 7 }, () => [300 + rand() * 180, 40 + rand() * 170] as Pt)
    let net = ''
    nodes.forEach((a, i) => nodes.slice(i + 1, i + 3).forEach((b) => (net += line([a[0] - 300 + 290, a[1]], [b[0] - 300 + 290, b[1]], '#2a9d8f', 3))))
    nodes.forEach((a) => (net += circle(a[0] - 300 + 290, a[1], 8, '#e76f51')))
    const content = `<g transform="translate(20,30)">${barChart(240, 170, ['#264653', '#2a9d8f', '#e9c46a'], 9, 5)}</g>${net}`
    out += laptop(560, 500, 560, '#3a3f47', '#f8f9fa', content)
    out += `<g transform="rotate(8 1010 470)">${rect(900, 330, 210, 270, '#fff8e1', 6)}${Array.from({ length: 9 }, (_, i) => rect(920, 370 + i * 24, 170, 3, '#9fb3c8')).join('')}</g>`
    out += magnifier(190, 560, 60, '#3a3f47', '#6b4f3a', '#a8dadc', 30)
    return out
  },

  'event-asset-recovery-training-2025-2': () => {
    let out = background('#e9edf1', '#dde3e9')
    const cx = 600
    const cy = 338
    out += rect(cx - 330, cy - 170, 660, 340, '#b08968', 40) + rect(cx - 310, cy - 150, 620, 300, '#c49a76', 30)
    const seats: [number, number, number][] = [
      [cx - 190, cy - 235, 90], [cx, cy - 235, 90], [cx + 190, cy - 235, 90],
      [cx - 190, cy + 235, -90], [cx, cy + 235, -90], [cx + 190, cy + 235, -90],
    ]
    const skins = ['#8d5524', '#f1c27d', '#3b2418', '#e0ac69', '#c68642', '#ffdbac']
    const clothes = ['#2a6f97', '#e07a5f', '#3d405b', '#81b29a', '#6a4c93', '#f2cc8f']
    seats.forEach(([x, y, a], i) => {
      out += rect(x - 45, y - 40, 90, 80, '#6c757d', 18, ' opacity="0.5"')
      out += personAbove(x, y, 42, a, clothes[i], skins[i])
    })
    const papers: [number, number, number][] = [[cx - 230, cy - 70, -12], [cx - 40, cy - 90, 8], [cx + 150, cy + 30, -5], [cx - 150, cy + 50, 15]]
    for (const [x, y, a] of papers) out += `<g transform="rotate(${a} ${x + 45} ${y + 60})">${documentSheet(x, y, 90, 120, '#ffffff', '#495057')}</g>`
    out += `<g transform="rotate(-4 ${cx + 170} ${cy - 80})">${rect(cx + 100, cy - 130, 150, 100, '#343a40', 8)}${rect(cx + 110, cy - 122, 130, 70, '#4dabf7', 4, ' opacity="0.6"')}</g>`
    out += `<g transform="rotate(5 ${cx - 40} ${cy + 80})">${rect(cx - 110, cy + 35, 140, 95, '#343a40', 8)}${rect(cx - 100, cy + 45, 120, 55, '#4dabf7', 4, ' opacity="0.6"')}</g>`
    return out
  },
}

// ---------------------------------------------------------------------------------------------------------
// Partner emblems (400 × 400, abstract, no letters)
// ---------------------------------------------------------------------------------------------------------

function leafSprig(cx: number, cy: number, r: number, from: number, to: number, fill: string, count: number, mirror = false): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    const a = ((from + ((to - from) * i) / (count - 1)) * Math.PI) / 180
    const x = cx + r * Math.cos(a) * (mirror ? -1 : 1)
    const y = cy + r * Math.sin(a)
    const deg = (a * 180) / Math.PI + 90 + 28
    out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="15" ry="6.5" fill="${fill}" transform="rotate(${n(mirror ? 180 - deg : deg)} ${n(x)} ${n(y)})"/>`
  }
  return out
}

const emblems: Record<string, () => string> = {
  'partner-attorney-generals-chambers-malaysia': () =>
    circle(200, 200, 190, '#1b2a5e') +
    circle(200, 200, 170, 'none', ' stroke="#d4a017" stroke-width="8"') +
    poly(starPoints(200, 200, 135, 62, 14), '#d4a017') +
    circle(200, 200, 48, '#1b2a5e') +
    circle(200, 200, 30, '#d4a017'),

  'partner-supreme-peoples-procuracy-vietnam': () =>
    circle(200, 200, 190, '#b5121b') +
    circle(200, 200, 172, 'none', ' stroke="#f2c230" stroke-width="6"') +
    poly(starPoints(200, 175, 82, 33, 5), '#f2c230') +
    leafSprig(200, 190, 120, 110, 200, '#f2c230', 8) +
    leafSprig(200, 190, 120, 110, 200, '#f2c230', 8, true) +
    rect(150, 292, 100, 14, '#f2c230', 7),

  'partner-office-of-the-attorney-general-thailand': () => {
    let petals = ''
    for (let i = 0; i < 7; i++) {
      const a = -90 + (i - 3) * 26
      petals += `<path d="M200,265 Q176,200 200,120 Q224,200 200,265 Z" fill="${i % 2 ? '#e9c46a' : '#f4d58d'}" transform="rotate(${a + 90} 200 265)"/>`
    }
    let dots = ''
    for (let i = 0; i < 36; i++) {
      const a = (i / 36) * Math.PI * 2
      dots += circle(200 + 168 * Math.cos(a), 200 + 168 * Math.sin(a), 5, '#e9c46a')
    }
    return circle(200, 200, 190, '#4b2a6b') + dots + petals + rect(120, 280, 160, 12, '#e9c46a', 6) + rect(145, 300, 110, 10, '#e9c46a', 5)
  },

  'partner-national-prosecuting-authority-south-africa': () =>
    shield(200, 190, 175, '#0b5d3b') +
    shield(200, 190, 150, '#f2b632') +
    shield(200, 190, 135, '#0b5d3b') +
    poly([[110, 150], [200, 230], [290, 150], [290, 190], [200, 270], [110, 190]], '#f2b632') +
    poly([[200, 80], [240, 130], [160, 130]], '#d96c3b') +
    circle(200, 310, 14, '#d96c3b'),

  'partner-general-prosecutors-office-mongolia': () =>
    circle(200, 200, 190, '#1f4e9c') +
    circle(200, 200, 175, 'none', ' stroke="#f4c542" stroke-width="5"') +
    circle(200, 125, 34, '#f4c542') +
    poly([[70, 270], [150, 170], [190, 220], [240, 150], [330, 270]], '#f7f9fc') +
    poly([[240, 150], [262, 180], [242, 176], [222, 182]], '#1f4e9c', ' opacity="0.35"') +
    strokePath('M85,300 Q142,282 200,300 T315,300', '#f4c542', 8) +
    strokePath('M110,325 Q155,310 200,325 T290,325', '#f4c542', 6),

  'partner-attorney-generals-chambers-singapore': () => {
    const hex = Array.from({ length: 6 }, (_, i) => [200 + 185 * Math.cos(((i * 60 - 90) * Math.PI) / 180), 200 + 185 * Math.sin(((i * 60 - 90) * Math.PI) / 180)] as Pt)
    const inner = hex.map(([x, y]) => [200 + (x - 200) * 0.88, 200 + (y - 200) * 0.88] as Pt)
    return poly(hex, '#b3122e') + poly(inner, 'none', ' stroke="#ffffff" stroke-width="5"') + scales(200, 95, 72, '#ffffff')
  },

  'partner-public-prosecution-egypt': () => {
    let wings = ''
    for (let i = 0; i < 7; i++) {
      const len = 150 - i * 14
      const y = 170 + i * 18
      wings += rect(200 - 40 - len, y, len, 12, '#d4af37', 6) + rect(240, y, len, 12, '#d4af37', 6)
    }
    return circle(200, 200, 190, '#1d1d1f') + circle(200, 200, 176, 'none', ' stroke="#d4af37" stroke-width="4"') + wings + circle(200, 150, 46, '#d4af37') + circle(200, 150, 28, '#1d1d1f') + poly([[200, 205], [230, 310], [170, 310]], '#d4af37')
  },

  'partner-unodc': () => {
    let grid = circle(200, 190, 110, 'none', ' stroke="#ffffff" stroke-width="6"')
    for (const rx of [40, 80]) grid += ellipse(200, 190, rx, 110, 'none', ' stroke="#ffffff" stroke-width="4"')
    grid += line([200, 80], [200, 300], '#ffffff', 4)
    for (const dy of [-70, 0, 70]) {
      const half = Math.sqrt(110 * 110 - dy * dy)
      grid += line([200 - half, 190 + dy], [200 + half, 190 + dy], '#ffffff', 4)
    }
    return circle(200, 200, 190, '#1d8fd1') + grid + leafSprig(200, 190, 150, 70, 200, '#ffffff', 10) + leafSprig(200, 190, 150, 70, 200, '#ffffff', 10, true)
  },
}

// ---------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------

const eventScenes = (key: string): string[] => [`event-${key}-cover`, `event-${key}-1`, `event-${key}-2`]

/** The exact files referenced by the corpus, in media.yaml order. */
export const imageKeys: string[] = [
  ...[
    'guangzhou-china-africa-forum',
    'shanghai-foreign-related-prosecution-conference',
    'judicial-assistance-2024-figures',
    'cooperation-agreements-100-countries',
    'china-asean-prosecutors-general-conference',
    'asset-recovery-workshop',
    'cybercrime-telecom-fraud-cooperation',
    'lancang-mekong-drug-control',
    'training-program-young-prosecutors',
    'mongolia-border-cooperation',
    'sco-prosecutors-meeting',
    'digital-evidence-guidelines',
  ].map((k) => `article-${k}`),
  ...['forum-highlights', 'asset-recovery-explained', 'prosecutor-exchange-interview', 'mutual-legal-assistance-101'].map((k) => `video-${k}`),
  ...[
    'telecom-fraud-extradition',
    'cross-border-bribery-asset-recovery',
    'drug-trafficking-joint-investigation',
    'wildlife-trafficking-network',
    'money-laundering-freeze',
    'fugitive-repatriation',
  ].map((k) => `case-${k}`),
  ...['china-africa-prosecutorial-forum', 'foreign-related-prosecution-conference-2024', 'china-asean-prosecutors-general-conference', 'asset-recovery-training-2025'].flatMap(eventScenes),
]

const partnerKeys = Object.keys(emblems)

/** Poster frames are taken at this point of each clip (default: half-way). */
const posterTimes: Record<string, number> = { 'video-mutual-legal-assistance-101': 0.25 }

async function writeImages(): Promise<void> {
  fs.mkdirSync(mediaDir, { recursive: true })
  for (const key of imageKeys) {
    const scene = scenes[key]
    if (!scene) throw new Error(`No scene for ${key}`)
    const svg = svgDoc(scene(key.startsWith('video-') ? (posterTimes[key] ?? 0.5) : 0))
    const file = path.join(mediaDir, `${key}.jpg`)
    await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true, chromaSubsampling: '4:2:0' }).toFile(file)
    console.log(`  ${path.relative(root, file)}  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`)
  }
  for (const key of partnerKeys) {
    const svg = svgDoc(emblems[key](), 400, 400, '0 0 400 400')
    const file = path.join(mediaDir, `${key}.png`)
    await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, quality: 90 }).toFile(file)
    console.log(`  ${path.relative(root, file)}  ${(fs.statSync(file).size / 1024).toFixed(0)} KB`)
  }
}

const clips: { key: string; format: 'mp4' | 'webm'; scene: string; camera: (t: number) => [number, number, number] }[] = [
  // camera: [centre x, centre y, zoom] of the 1200 × 675 scene over time
  { key: 'forum-highlights', format: 'mp4', scene: 'video-forum-highlights', camera: (t) => [600, lerp(300, 337.5, ease(t)), lerp(1.12, 1.0, ease(t))] },
  { key: 'asset-recovery-explained', format: 'mp4', scene: 'video-asset-recovery-explained', camera: (t) => [lerp(570, 630, ease(t)), 338, 1.06] },
  { key: 'prosecutor-exchange-interview', format: 'mp4', scene: 'video-prosecutor-exchange-interview', camera: (t) => [600, lerp(338, 380, ease(t)), lerp(1.0, 1.2, ease(t))] },
  { key: 'mutual-legal-assistance-101', format: 'webm', scene: 'video-mutual-legal-assistance-101', camera: (t) => [lerp(630, 600, ease(t)), 338, lerp(1.08, 1.0, ease(t))] },
]

const FPS = 25
const SECONDS = 12
const OUT_W = 640
const OUT_H = 360

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`)
}

async function writeVideos(): Promise<void> {
  if (spawnSync('ffmpeg', ['-version']).status !== 0) {
    console.warn('ffmpeg is not installed: skipping the video clips (apt-get install -y ffmpeg).')
    return
  }
  fs.mkdirSync(filesDir, { recursive: true })
  for (const clip of clips) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `concord-${clip.key}-`))
    try {
      const frames = FPS * SECONDS
      for (let start = 0; start < frames; start += 8) {
        const batch: Promise<unknown>[] = []
        for (let i = start; i < Math.min(frames, start + 8); i++) {
          const t = i / (frames - 1)
          const [cx, cy, zoom] = clip.camera(t)
          const vw = W / Math.max(1, zoom)
          const vh = H / Math.max(1, zoom)
          // keep the window inside the scene
          const x = Math.min(W - vw, Math.max(0, cx - vw / 2))
          const y = Math.min(H - vh, Math.max(0, cy - vh / 2))
          const svg = svgDoc(scenes[clip.scene](t), OUT_W, OUT_H, `${x.toFixed(3)} ${y.toFixed(3)} ${vw.toFixed(3)} ${vh.toFixed(3)}`)
          const frame = path.join(dir, `${String(i).padStart(4, '0')}.png`)
          batch.push(sharp(Buffer.from(svg)).flatten({ background: '#000000' }).png({ compressionLevel: 1 }).toFile(frame))
        }
        await Promise.all(batch)
      }
      const out = path.join(filesDir, `${clip.key}.${clip.format}`)
      const input = ['-y', '-loglevel', 'error', '-framerate', String(FPS), '-i', path.join(dir, '%04d.png')]
      if (clip.format === 'mp4') {
        run('ffmpeg', [
          ...input,
          '-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=32000',
          '-map', '0:v', '-map', '1:a', '-t', String(SECONDS),
          '-c:v', 'libx264', '-preset', 'slow', '-crf', '30', '-tune', 'animation', '-pix_fmt', 'yuv420p', '-r', String(FPS), '-g', '50',
          '-c:a', 'aac', '-b:a', '24k', '-movflags', '+faststart', '-map_metadata', '-1', out,
        ])
      } else {
        run('ffmpeg', [
          ...input,
          '-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=48000',
          '-map', '0:v', '-map', '1:a', '-t', String(SECONDS),
          '-c:v', 'libvpx-vp9', '-crf', '42', '-b:v', '0', '-deadline', 'good', '-cpu-used', '2', '-row-mt', '1',
          '-pix_fmt', 'yuv420p', '-r', String(FPS), '-g', '50', '-c:a', 'libopus', '-b:a', '24k', '-map_metadata', '-1', out,
        ])
      }
      console.log(`  ${path.relative(root, out)}  ${(fs.statSync(out).size / 1024).toFixed(0)} KB`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}

const args = new Set(process.argv.slice(2))
if (!args.has('--videos-only')) await writeImages()
if (!args.has('--images-only')) await writeVideos()
