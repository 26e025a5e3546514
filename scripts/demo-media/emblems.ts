/** The partner agencies' emblems (400 × 400, abstract, no letters): invented, so none imitates a real insignia. */
import { scales, shield } from './motifs/symbols'
import { circle, ellipse, line, n, poly, type Pt, rect, starPoints, strokePath } from './svg'

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

export const partnerEmblems: Record<string, () => string> = {
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
