/** Buildings and skylines: a columned institution, generic towers, Shanghai's Lujiazui, Canton Tower, water. */
import { circle, H, line, n, pathEl, poly, random, rect, strokePath, uid, W } from '../svg'

export function building(cx: number, base: number, w: number, h: number, fill: string, shade: string, columns = 6): string {
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

/** Windows of a lit building: small rectangles scattered on a grid. */
export function windows(x: number, y: number, w: number, h: number, color: string, rand: () => number, density = 0.45, cell = 10): string {
  let out = ''
  for (let yy = y + cell * 0.6; yy < y + h - cell; yy += cell) {
    for (let xx = x + cell * 0.5; xx < x + w - cell * 0.6; xx += cell * 0.9) {
      if (rand() < density) out += `<rect x="${n(xx)}" y="${n(yy)}" width="${n(cell * 0.4)}" height="${n(cell * 0.5)}"/>`
    }
  }
  return `<g fill="${color}">${out}</g>`
}

/** Generic skyline of rectangular towers along a base line. */
export function genericTowers(x0: number, x1: number, base: number, minH: number, maxH: number, fill: string, seed: number, lit?: string): string {
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
export function shanghaiLandmarks(base: number, s: number, xPearl: number, xShTower: number, c: { tower: string; sphere: string; glass: string }): string {
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
export function cantonTower(cx: number, base: number, s: number, fill: string, lattice: string): string {
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
export function reflection(svg: string, base: number, opacity: number): string {
  const id = uid('rf')
  return `<defs><clipPath id="${id}"><rect x="0" y="${n(base)}" width="${W}" height="${H - base}"/></clipPath></defs><g clip-path="url(#${id})"><g transform="translate(0,${n(2 * base)}) scale(1,-1)" opacity="${opacity}">${svg}</g></g>`
}

export function ripples(y0: number, y1: number, color: string, seed: number, count: number, opacity = 0.35): string {
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
