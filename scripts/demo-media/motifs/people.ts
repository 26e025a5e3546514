/** People drawn as simple shapes: no faces, no features, so no picture portrays anyone. */
import { circle, ellipse, n, pathEl } from '../svg'

/** Upper body seen from the front: rounded shoulders and a head. */
export function person(x: number, base: number, s: number, body: string, head: string): string {
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
export function personAbove(x: number, y: number, s: number, angle: number, body: string, head: string): string {
  return `<g transform="translate(${n(x)},${n(y)}) rotate(${n(angle)})">${ellipse(0, 0, 0.55 * s, s, body)}${circle(0.1 * s, 0, 0.42 * s, head)}</g>`
}
