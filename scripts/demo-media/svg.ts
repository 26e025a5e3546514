/** The small SVG toolkit every picture is drawn with: numbers, easing, seeded randomness, gradients and shapes. */

/** Width and height of an editorial picture (16:9); scenes are drawn in these units. */
export const W = 1200
export const H = 675

export type Pt = [number, number]

/** A coordinate as SVG text, rounded to hundredths. */
export const n = (v: number): string => String(Math.round(v * 100) / 100)
export const pts = (list: Pt[]): string => list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')
export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t
export const lerpPt = (a: Pt, b: Pt, t: number): Pt => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)]
export const clamp01 = (t: number): number => Math.max(0, Math.min(1, t))
export const ease = (t: number): number => {
  const c = clamp01(t)
  return c * c * (3 - 2 * c)
}

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Gradient and clip-path ids, unique across a run (SVG ids only need to be unique within a picture).
let idCounter = 0
export const uid = (prefix: string): string => `${prefix}${++idCounter}`

export function svgDoc(body: string, width = W, height = H, viewBox = `0 0 ${W} ${H}`): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}">${body}</svg>`
}

/** A linear gradient; returns [definition, fill reference]. Vertical unless a direction is given. */
export function gradient(stops: [number, string][], x2 = 0, y2 = 1, opacity?: number[]): [string, string] {
  const id = uid('g')
  const s = stops
    .map(([o, c], i) => `<stop offset="${o}" stop-color="${c}"${opacity ? ` stop-opacity="${opacity[i]}"` : ''}/>`)
    .join('')
  return [`<defs><linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient></defs>`, `url(#${id})`]
}

export function radial(stops: [number, string, number][]): [string, string] {
  const id = uid('r')
  const s = stops.map(([o, c, a]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${a}"/>`).join('')
  return [`<defs><radialGradient id="${id}">${s}</radialGradient></defs>`, `url(#${id})`]
}

export function background(top: string, bottom: string, width = W, height = H): string {
  const [def, fill] = gradient([
    [0, top],
    [1, bottom],
  ])
  return `${def}<rect width="${width}" height="${height}" fill="${fill}"/>`
}

export function glow(cx: number, cy: number, r: number, color: string, strength = 0.45): string {
  const [def, fill] = radial([
    [0, color, strength],
    [1, color, 0],
  ])
  return `${def}<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"/>`
}

export const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra = ''): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"${rx ? ` rx="${n(rx)}"` : ''} fill="${fill}"${extra}/>`
export const circle = (cx: number, cy: number, r: number, fill: string, extra = ''): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra}/>`
export const ellipse = (cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string =>
  `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra}/>`
export const poly = (list: Pt[], fill: string, extra = ''): string => `<polygon points="${pts(list)}" fill="${fill}"${extra}/>`
export const line = (a: Pt, b: Pt, stroke: string, width: number, extra = ''): string =>
  `<line x1="${n(a[0])}" y1="${n(a[1])}" x2="${n(b[0])}" y2="${n(b[1])}" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round"${extra}/>`
export const pathEl = (d: string, fill: string, extra = ''): string => `<path d="${d}" fill="${fill}"${extra}/>`
export const strokePath = (d: string, stroke: string, width: number, extra = ''): string =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${n(width)}"${extra.includes('stroke-linecap') ? '' : ' stroke-linecap="round"'} stroke-linejoin="round"${extra}/>`

export function starPoints(cx: number, cy: number, outer: number, inner: number, count: number, rotation = -90): Pt[] {
  const list: Pt[] = []
  for (let i = 0; i < count * 2; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = ((rotation + (i * 180) / count) * Math.PI) / 180
    list.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  return list
}

/** Smooth closed-or-open path through points (Catmull-Rom converted to cubic Béziers). */
export function smooth(points: Pt[]): string {
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
export function hills(base: number, amplitude: number, seed: number, fill: string, step = 150, bottom = H): string {
  const rand = random(seed)
  const list: Pt[] = []
  for (let x = -60; x < W + 60 + step; x += step) list.push([x, base - amplitude * (0.3 + 0.7 * rand())])
  const last = list[list.length - 1][0]
  return pathEl(`${smooth(list)} L${last},${bottom} L-60,${bottom} Z`, fill)
}

/** Quadratic arc from a to b bulging "up" by lift × distance; drawn up to fraction t (de Casteljau split). */
export function arcPath(a: Pt, b: Pt, lift: number, t = 1): string {
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

export function arcPoint(a: Pt, b: Pt, lift: number, t: number): Pt {
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
