/** Symbols of the field: abstract flags, documents and seals, scales of justice, coins, shields, padlocks, a magnifier. */
import { circle, ellipse, line, n, pathEl, poly, type Pt, rect, starPoints, strokePath, uid } from '../svg'

export type FlagStyle = 'h3' | 'v3' | 'disc' | 'star' | 'diag' | 'canton' | 'h2' | 'band'

/** An abstract flag (not any real country's flag). */
export function flagShape(x: number, y: number, w: number, h: number, style: FlagStyle, c: [string, string, string]): string {
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
export const flagSets: { style: FlagStyle; c: [string, string, string] }[] = [
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
export function documentSheet(x: number, y: number, w: number, h: number, paper: string, ink: string, seal?: string, angle = 0): string {
  const fold = w * 0.16
  let body = pathEl(`M${n(x)},${n(y)} L${n(x + w - fold)},${n(y)} L${n(x + w)},${n(y + fold)} L${n(x + w)},${n(y + h)} L${n(x)},${n(y + h)} Z`, paper)
  body += poly([[x + w - fold, y], [x + w - fold, y + fold], [x + w, y + fold]], ink, ' opacity="0.25"')
  const rows = Math.floor((h * 0.62) / (w * 0.09))
  for (let i = 0; i < rows; i++) {
    const lw = i === 0 ? w * 0.45 : w * (0.62 + 0.14 * ((i * 7) % 3) / 2)
    body += rect(x + w * 0.12, y + h * 0.12 + i * w * 0.09, lw, w * 0.035, ink, w * 0.017, ' opacity="0.45"')
  }
  if (seal) body += sealBadge(x + w * 0.72, y + h * 0.82, w * 0.13, seal)
  return angle ? `<g transform="rotate(${n(angle)} ${n(x + w / 2)} ${n(y + h / 2)})">${body}</g>` : body
}

export function sealBadge(cx: number, cy: number, r: number, color: string): string {
  return (
    poly(starPoints(cx, cy, r, r * 0.86, 16), color) +
    circle(cx, cy, r * 0.68, 'none', ` stroke="#ffffff" stroke-opacity="0.55" stroke-width="${n(r * 0.08)}"`) +
    poly(starPoints(cx, cy, r * 0.36, r * 0.15, 5), '#ffffff', ' opacity="0.7"')
  )
}

/** A pair of scales of justice standing on a base. */
export function scales(cx: number, top: number, s: number, color: string, tilt = 0): string {
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
export function coinStack(cx: number, base: number, r: number, count: number, side: string, face: string, rim: string): string {
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

export function shield(cx: number, cy: number, s: number, fill: string, extra = ''): string {
  return pathEl(
    `M${n(cx)},${n(cy - s)} L${n(cx + 0.85 * s)},${n(cy - 0.7 * s)} L${n(cx + 0.85 * s)},${n(cy - 0.05 * s)} Q${n(cx + 0.8 * s)},${n(cy + 0.75 * s)} ${n(cx)},${n(cy + 1.1 * s)} Q${n(cx - 0.8 * s)},${n(cy + 0.75 * s)} ${n(cx - 0.85 * s)},${n(cy - 0.05 * s)} L${n(cx - 0.85 * s)},${n(cy - 0.7 * s)} Z`,
    fill,
    extra,
  )
}

export function padlock(cx: number, cy: number, s: number, body: string, shackle: string, hole: string): string {
  return (
    strokePath(`M${n(cx - 0.55 * s)},${n(cy)} L${n(cx - 0.55 * s)},${n(cy - 0.55 * s)} A${n(0.55 * s)},${n(0.55 * s)} 0 0 1 ${n(cx + 0.55 * s)},${n(cy - 0.55 * s)} L${n(cx + 0.55 * s)},${n(cy)}`, shackle, 0.2 * s) +
    rect(cx - 0.85 * s, cy - 0.05 * s, 1.7 * s, 1.3 * s, body, 0.18 * s) +
    circle(cx, cy + 0.45 * s, 0.17 * s, hole) +
    poly([[cx - 0.09 * s, cy + 0.5 * s], [cx + 0.09 * s, cy + 0.5 * s], [cx + 0.13 * s, cy + 0.9 * s], [cx - 0.13 * s, cy + 0.9 * s]], hole)
  )
}

export function magnifier(cx: number, cy: number, r: number, rim: string, handle: string, glass: string, angle = 45): string {
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
