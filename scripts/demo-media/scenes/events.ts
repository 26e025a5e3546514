/** The cover and two gallery pictures of each of the four demo events. */
import { china, dotMap, type MapView, places, project } from '../geography'
import { barChart, donut, flowChart } from '../motifs/charts'
import { cantonTower, genericTowers, reflection, ripples, shanghaiLandmarks } from '../motifs/cityscape'
import { boat } from '../motifs/landscape'
import { deskMicrophone, headset, laptop } from '../motifs/objects'
import { person, personAbove } from '../motifs/people'
import { documentSheet, flagSets, flagShape, magnifier, sealBadge } from '../motifs/symbols'
import { arcPath, background, circle, ellipse, glow, gradient, H, line, n, pathEl, poly, type Pt, random, rect, strokePath, W } from '../svg'
import type { Scene } from './scene'

export const eventScenes: Record<string, Scene> = {
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
      out += sealBadge(cx + 120, 510, 16, '#b5523b')
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
    out += `<g transform="rotate(-8 380 330)">${rect(200, 130, 360, 440, '#1d3557', 12)}${rect(230, 170, 300, 10, '#457b9d', 5)}${sealBadge(380, 330, 56, '#a8dadc')}</g>`
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
