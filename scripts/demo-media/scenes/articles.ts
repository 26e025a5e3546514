/** The cover pictures of the twelve demo articles. */
import { africa, china, dotGlobe, dotMap, type MapView, places, project } from '../geography'
import { barChart, donut } from '../motifs/charts'
import { genericTowers, reflection, ripples, shanghaiLandmarks, building } from '../motifs/cityscape'
import { boat, ger } from '../motifs/landscape'
import { smartphone } from '../motifs/objects'
import { person, personAbove } from '../motifs/people'
import { coinStack, documentSheet, flagSets, flagShape, magnifier, padlock, scales, shield } from '../motifs/symbols'
import { arcPath, background, circle, ellipse, glow, gradient, H, hills, line, n, pathEl, poly, type Pt, random, rect, smooth, strokePath, W } from '../svg'
import type { Scene } from './scene'

/** The world from Africa to China, for the China–Africa forum. */
const worldAfricaView: MapView = { lonC: 64, latC: 9, scale: 6.1, cx: 600, cy: 338 }

export const articleScenes: Record<string, Scene> = {
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
}
