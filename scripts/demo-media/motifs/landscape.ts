/** Things of the land and the sea: a ger, an acacia, an elephant, a boat, shipping containers. */
import { circle, ellipse, n, pathEl, poly, rect, strokePath } from '../svg'

export function ger(cx: number, base: number, s: number, felt: string, band: string, door: string): string {
  return (
    pathEl(`M${n(cx - s)},${n(base)} L${n(cx - s)},${n(base - 0.45 * s)} L${n(cx + s)},${n(base - 0.45 * s)} L${n(cx + s)},${n(base)} Z`, felt) +
    pathEl(`M${n(cx - 1.08 * s)},${n(base - 0.42 * s)} Q${n(cx - 0.5 * s)},${n(base - 0.8 * s)} ${n(cx - 0.12 * s)},${n(base - 0.95 * s)} L${n(cx + 0.12 * s)},${n(base - 0.95 * s)} Q${n(cx + 0.5 * s)},${n(base - 0.8 * s)} ${n(cx + 1.08 * s)},${n(base - 0.42 * s)} Z`, felt) +
    rect(cx - s, base - 0.36 * s, 2 * s, 0.07 * s, band) +
    rect(cx - 0.14 * s, base - 0.95 * s, 0.28 * s, 0.06 * s, band) +
    rect(cx - 0.17 * s, base - 0.38 * s, 0.34 * s, 0.38 * s, door) +
    strokePath(`M${n(cx - 1.0 * s)},${n(base - 0.48 * s)} Q${n(cx - 0.5 * s)},${n(base - 0.82 * s)} ${n(cx - 0.12 * s)},${n(base - 0.93 * s)}`, band, 0.03 * s, ' opacity="0.6"')
  )
}

export function boat(cx: number, y: number, s: number, hull: string, cabin: string, wake: string, facing = 1): string {
  const f = facing
  return `<g transform="translate(${n(cx)},${n(y)}) scale(${f},1)">${strokePath(`M${-1.2 * s},${0.18 * s} L${-3.2 * s},${0.3 * s} M${-1.2 * s},${0.05 * s} L${-2.6 * s},${-0.05 * s}`, wake, 0.06 * s, ' opacity="0.6"')}${poly([[-1.2 * s, -0.1 * s], [1.25 * s, -0.1 * s], [0.9 * s, 0.25 * s], [-1.05 * s, 0.25 * s]], hull)}${rect(-0.6 * s, -0.5 * s, 0.85 * s, 0.42 * s, cabin, 0.05 * s)}${rect(-0.45 * s, -0.42 * s, 0.55 * s, 0.14 * s, hull, 0, ' opacity="0.5"')}${rect(-0.2 * s, -0.8 * s, 0.05 * s, 0.32 * s, cabin)}</g>`
}

export function acacia(cx: number, base: number, s: number, trunk: string, canopy: string): string {
  return (
    strokePath(`M${n(cx)},${n(base)} Q${n(cx - 0.05 * s)},${n(base - 0.6 * s)} ${n(cx - 0.5 * s)},${n(base - 1.1 * s)} M${n(cx)},${n(base - 0.45 * s)} Q${n(cx + 0.3 * s)},${n(base - 0.8 * s)} ${n(cx + 0.55 * s)},${n(base - 1.1 * s)}`, trunk, 0.09 * s) +
    ellipse(cx - 0.4 * s, base - 1.18 * s, 0.75 * s, 0.16 * s, canopy) +
    ellipse(cx + 0.5 * s, base - 1.2 * s, 0.6 * s, 0.14 * s, canopy) +
    ellipse(cx + 0.05 * s, base - 1.3 * s, 0.7 * s, 0.15 * s, canopy)
  )
}

export function elephant(x: number, base: number, s: number, body: string, ear: string, tusk: string): string {
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

export function containerRow(x: number, base: number, w: number, h: number, colors: string[], count: number, ridge: string): string {
  let out = ''
  for (let i = 0; i < count; i++) {
    const cx = x + i * (w + 4)
    out += rect(cx, base - h, w, h, colors[i % colors.length], 2)
    for (let k = 1; k < 9; k++) out += rect(cx + (k * w) / 9 - 1, base - h + 5, 2, h - 10, ridge, 0, ' opacity="0.25"')
  }
  return out
}
