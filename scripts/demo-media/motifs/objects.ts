/** Everyday objects: an airliner, a laptop, a smartphone, studio furniture and equipment. */
import { circle, ellipse, line, n, pathEl, poly, type Pt, rect, strokePath } from '../svg'

/** Airliner seen from above, nose pointing to the right before rotation. */
export function airliner(cx: number, cy: number, s: number, angle: number, fill: string, accent: string): string {
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

export function laptop(cx: number, base: number, w: number, shell: string, screen: string, content: string): string {
  const h = w * 0.62
  return (
    rect(cx - w / 2, base - h - w * 0.04, w, h, shell, w * 0.03) +
    rect(cx - w / 2 + w * 0.035, base - h - w * 0.04 + w * 0.035, w - w * 0.07, h - w * 0.07, screen, w * 0.01) +
    `<g transform="translate(${n(cx - w / 2 + w * 0.035)},${n(base - h - w * 0.04 + w * 0.035)})">${content}</g>` +
    poly([[cx - w * 0.58, base], [cx + w * 0.58, base], [cx + w * 0.52, base - w * 0.04], [cx - w * 0.52, base - w * 0.04]], shell) +
    rect(cx - w * 0.1, base - w * 0.012, w * 0.2, w * 0.012, '#000', 0, ' opacity="0.2"')
  )
}

export function smartphone(cx: number, cy: number, w: number, shell: string, screen: string, content: string): string {
  const h = w * 2
  return (
    rect(cx - w / 2, cy - h / 2, w, h, shell, w * 0.14) +
    rect(cx - w / 2 + w * 0.07, cy - h / 2 + w * 0.16, w * 0.86, h - w * 0.32, screen, w * 0.06) +
    rect(cx - w * 0.12, cy - h / 2 + w * 0.06, w * 0.24, w * 0.04, screen, w * 0.02, ' opacity="0.6"') +
    `<g transform="translate(${n(cx - w / 2 + w * 0.07)},${n(cy - h / 2 + w * 0.16)})">${content}</g>`
  )
}

export function armchair(x: number, base: number, s: number, fill: string, shade: string, facing: 1 | -1): string {
  const inner =
    rect(-0.1 * s, -1.6 * s, 0.35 * s, 1.45 * s, shade, 0.12 * s) +
    rect(-0.05 * s, -0.75 * s, 1.25 * s, 0.45 * s, fill, 0.12 * s) +
    rect(0.55 * s, -1.0 * s, 0.75 * s, 0.3 * s, shade, 0.12 * s) +
    rect(0, -0.35 * s, 0.12 * s, 0.35 * s, shade) +
    rect(1.05 * s, -0.35 * s, 0.12 * s, 0.35 * s, shade)
  return `<g transform="translate(${n(x)},${n(base)}) scale(${facing},1)">${inner}</g>`
}

export function camera(cx: number, base: number, s: number, fill: string, lens: string, light: string): string {
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

export function plant(x: number, base: number, s: number, pot: string, leaf: string): string {
  let out = ''
  for (let i = 0; i < 7; i++) {
    const a = -150 + i * 20
    const r = (a * Math.PI) / 180
    const tip: Pt = [x + Math.cos(r) * s, base - 0.5 * s + Math.sin(r) * s]
    out += `<ellipse cx="${n((x + tip[0]) / 2)}" cy="${n((base - 0.5 * s + tip[1]) / 2)}" rx="${n(s * 0.5)}" ry="${n(s * 0.1)}" fill="${leaf}" transform="rotate(${n(a)} ${n((x + tip[0]) / 2)} ${n((base - 0.5 * s + tip[1]) / 2)})"/>`
  }
  return out + poly([[x - 0.3 * s, base - 0.55 * s], [x + 0.3 * s, base - 0.55 * s], [x + 0.22 * s, base], [x - 0.22 * s, base]], pot)
}

export function headset(cx: number, cy: number, s: number, band: string, cup: string): string {
  return strokePath(`M${n(cx - 0.8 * s)},${n(cy)} A${n(0.8 * s)},${n(0.8 * s)} 0 0 1 ${n(cx + 0.8 * s)},${n(cy)}`, band, 0.1 * s) + ellipse(cx - 0.8 * s, cy + 0.05 * s, 0.2 * s, 0.3 * s, cup) + ellipse(cx + 0.8 * s, cy + 0.05 * s, 0.2 * s, 0.3 * s, cup)
}

export function deskMicrophone(x: number, base: number, s: number, fill: string, light: string): string {
  return (
    ellipse(x, base - 0.05 * s, 0.35 * s, 0.1 * s, fill) +
    strokePath(`M${n(x)},${n(base - 0.1 * s)} Q${n(x)},${n(base - 0.9 * s)} ${n(x - 0.45 * s)},${n(base - 1.15 * s)}`, fill, 0.05 * s) +
    ellipse(x - 0.5 * s, base - 1.18 * s, 0.12 * s, 0.08 * s, fill, ` transform="rotate(-30 ${n(x - 0.5 * s)} ${n(base - 1.18 * s)})"`) +
    circle(x + 0.18 * s, base - 0.08 * s, 0.04 * s, light)
  )
}
