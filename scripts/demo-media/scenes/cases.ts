/** The cover pictures of the six demo case highlights. */
import { china, dotMap, type MapView, places, project } from '../geography'
import { containerRow, acacia, elephant } from '../motifs/landscape'
import { airliner, smartphone } from '../motifs/objects'
import { ripples } from '../motifs/cityscape'
import { coinStack, padlock, scales } from '../motifs/symbols'
import { arcPath, arcPoint, background, circle, ellipse, H, hills, lerp, line, n, poly, type Pt, random, rect, starPoints, strokePath, W } from '../svg'
import type { Scene } from './scene'

export const caseScenes: Record<string, Scene> = {
  'case-telecom-fraud-extradition': () => {
    const v: MapView = { lonC: 108, latC: 16, scale: 17, cx: 600, cy: 338 }
    let out = background('#20304f', '#2f4870')
    out += dotMap(v, { spacing: 12, radius: 3, color: '#5f7aa6', highlight: { shapes: china, color: '#a9c1e8' } })
    const from = project(v, 98, 8)
    const to = project(v, ...places.guangzhou)
    out += strokePath(arcPath(from, to, 0.3), '#ffd166', 4, ' stroke-dasharray="12 10"')
    const mid = arcPoint(from, to, 0.3, 0.62)
    const ahead = arcPoint(from, to, 0.3, 0.66)
    out += airliner(mid[0], mid[1], 40, (Math.atan2(ahead[1] - mid[1], ahead[0] - mid[0]) * 180) / Math.PI, '#f8f9fb', '#ffd166')
    out += circle(to[0], to[1], 11, '#ffd166', ' stroke="#20304f" stroke-width="4"')
    const screen = rect(12, 30, 70, 10, '#ef476f', 5) + rect(12, 50, 50, 10, '#ef476f', 5, ' opacity="0.6"')
    out += smartphone(from[0], from[1] + 30, 64, '#101a2e', '#f8f9fb', screen)
    out += circle(from[0] + 28, from[1] - 42, 14, '#ef476f')
    return out
  },

  'case-cross-border-bribery-asset-recovery': () => {
    let out = background('#f4efe6', '#e8dfcf')
    out += rect(0, 0, 600, H, '#e3ecef')
    out += line([600, 30], [600, 645], '#5c6b73', 5, ' stroke-dasharray="18 14"')
    out += scales(880, 150, 95, '#8a5a44')
    const coins: Pt[] = [[200, 420], [300, 380], [400, 350], [500, 335], [620, 330], [720, 340]]
    coins.forEach(([x, y], i) => {
      out += `<g opacity="${n(0.35 + (i / coins.length) * 0.65)}">${ellipse(x, y, 34, 34, '#e9b949', ' stroke="#a67c12" stroke-width="5"')}${circle(x, y, 15, 'none', ' stroke="#a67c12" stroke-width="3"')}</g>`
    })
    out += `<polygon points="0,-22 32,0 0,22" fill="#8a5a44" transform="translate(775,350)"/>`
    out += coinStack(160, 580, 60, 4, '#c9971c', '#f4d35e', '#7a5a0d')
    return out
  },

  'case-drug-trafficking-joint-investigation': () => {
    let out = background('#0e1a2b', '#1a2d47')
    out += `<g opacity="0.5">${poly([[180, 0], [230, 0], [640, 520], [420, 520]], '#fdf3c7')}${poly([[1020, 0], [1070, 0], [820, 520], [560, 520]], '#c7e6fd')}</g>`
    out += rect(0, 520, W, 155, '#24364f') + rect(0, 600, W, 75, '#14324d')
    out += ripples(605, H, '#c7e6fd', 71, 25, 0.3)
    // gantry crane
    out += rect(940, 180, 16, 340, '#e07a2f') + rect(1080, 180, 16, 340, '#e07a2f') + rect(880, 170, 300, 18, '#e07a2f') + line([948, 180], [1088, 300], '#e07a2f', 8) + rect(990, 188, 4, 120, '#cfd8e3') + rect(972, 308, 40, 14, '#cfd8e3')
    const colors = ['#c0392b', '#2e86ab', '#f4a259', '#5b8e7d', '#8e6c8a', '#e9c46a']
    for (let r = 0; r < 4; r++) out += containerRow(150 + r * 30, 520 - r * 62, 150, 58, colors.slice(r).concat(colors.slice(0, r)), 4 - (r > 1 ? 1 : 0), '#000')
    return out
  },

  'case-wildlife-trafficking-network': () => {
    let out = background('#f6c177', '#fae3b4')
    out += circle(880, 250, 90, '#fff1d0', ' opacity="0.8"')
    out += hills(470, 30, 81, '#d9a066', 220)
    out += rect(0, 540, W, 135, '#b97a45')
    out += acacia(900, 540, 220, '#5b3a29', '#6b4a2f')
    out += elephant(260, 560, 1.45, '#6b5b53', '#56483f', '#f3ead8')
    const nodes: Pt[] = [[120, 120], [300, 80], [480, 140], [650, 90], [820, 130], [1040, 100], [560, 240], [360, 230]]
    let links = ''
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) if (Math.hypot(nodes[i][0] - nodes[j][0], nodes[i][1] - nodes[j][1]) < 260) links += line(nodes[i], nodes[j], '#7a3b2e', 2.5)
    out += `<g opacity="0.55">${links}</g>`
    for (const p of nodes) out += circle(p[0], p[1], 9, '#7a3b2e', ' stroke="#fae3b4" stroke-width="3"')
    return out
  },

  'case-money-laundering-freeze': () => {
    let out = background('#dff1f8', '#b8dcea')
    const rand = random(91)
    for (let i = 0; i < 18; i++) {
      const x = 60 + rand() * 1080
      const y = 40 + rand() * 600
      const r = 8 + rand() * 18
      let flake = ''
      for (let k = 0; k < 3; k++) flake += line([x - r * Math.cos((k * Math.PI) / 3), y - r * Math.sin((k * Math.PI) / 3)], [x + r * Math.cos((k * Math.PI) / 3), y + r * Math.sin((k * Math.PI) / 3)], '#ffffff', 3)
      out += `<g opacity="0.8">${flake}</g>`
    }
    // banknotes inside an ice block
    for (let i = 0; i < 6; i++) out += rect(420, 500 - i * 34, 360, 30, i % 2 ? '#3f8f5a' : '#2f7a4a', 5) + circle(600, 515 - i * 34, 10, '#9fd3ad', ' opacity="0.8"') + rect(436, 506 - i * 34, 40, 6, '#9fd3ad', 3, ' opacity="0.7"')
    out += rect(370, 250, 460, 330, '#e9f7fc', 28, ' opacity="0.3" stroke="#ffffff" stroke-width="6"')
    out += poly([[390, 270], [520, 270], [400, 420]], '#ffffff', ' opacity="0.45"')
    out += padlock(860, 470, 70, '#3c6e91', '#2b4f69', '#dff1f8')
    return out
  },

  'case-fugitive-repatriation': () => {
    let out = background('#ffc6a5', '#ffe7d1')
    out += circle(300, 200, 70, '#fff3e4')
    out += poly([[0, 470], [W, 430], [W, H], [0, H]], '#a3b18a')
    out += poly([[470, 470], [730, 465], [1200, 600], [1200, 675], [160, 675]], '#5f6b75')
    for (let i = 0; i < 6; i++) {
      const t = i / 6
      out += poly([[600 + lerp(0, 120, t) - 6, 470 + 205 * t], [600 + lerp(0, 120, t) + 6, 470 + 205 * t], [600 + lerp(0, 120, t + 0.08) + 9, 470 + 205 * (t + 0.08)], [600 + lerp(0, 120, t + 0.08) - 9, 470 + 205 * (t + 0.08)]], '#f7f3ea')
    }
    out += airliner(800, 230, 70, 150, '#2f3e4e', '#e76f51')
    // passport booklet (blank cover, no writing)
    out += `<g transform="rotate(-10 230 540)">${rect(140, 440, 180, 240, '#7a1f2b', 14)}${circle(230, 540, 44, 'none', ' stroke="#e9c46a" stroke-width="5"')}${poly(starPoints(230, 540, 22, 9, 5), '#e9c46a')}${rect(140, 440, 14, 240, '#5c1620', 6)}</g>`
    return out
  },
}
