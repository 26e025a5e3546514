/** Charts drawn as shapes only (bars, rings, a flow chart): no figures or words in any picture. */
import { n, random, rect, strokePath, line, type Pt } from '../svg'

/** A small bar chart inside a box of the given size. */
export function barChart(w: number, h: number, colors: string[], seed: number, bars = 6): string {
  const rand = random(seed)
  let out = ''
  const gap = w / (bars * 1.6 + 0.6)
  for (let i = 0; i < bars; i++) {
    const bh = h * (0.25 + 0.6 * ((i + 1) / bars) * (0.75 + 0.25 * rand()))
    out += rect(gap * (0.6 + i * 1.6), h - bh - h * 0.08, gap, bh, colors[i % colors.length], gap * 0.15)
  }
  return out
}

export function donut(cx: number, cy: number, r: number, parts: [number, string][], width: number): string {
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

/** Boxes joined by arrows, like a flow chart on a board (shapes only). */
export function flowChart(x: number, y: number, w: number, h: number, box: string, arrow: string, accent: string): string {
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
