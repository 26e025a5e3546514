/**
 * The poster pictures of the four demo videos; the same scenes, drawn at times t from 0 to 1, are the videos' frames
 * (videos.ts).
 */
import { china, dotGlobe } from '../geography'
import { building } from '../motifs/cityscape'
import { armchair, camera, deskMicrophone, plant } from '../motifs/objects'
import { person } from '../motifs/people'
import { coinStack, documentSheet, shield } from '../motifs/symbols'
import { arcPath, arcPoint, background, circle, clamp01, ease, ellipse, glow, H, n, poly, type Pt, random, rect, strokePath, W } from '../svg'
import type { Scene } from './scene'

export const videoScenes: Record<string, Scene> = {
  'video-forum-highlights': (t) => {
    let out = background('#1c1230', '#3b1f3f')
    out += glow(600, 250, 380, '#ff9f5a', 0.22)
    // screen with a slowly turning globe
    out += rect(330, 60, 540, 320, '#2a1d45', 14) + rect(342, 72, 516, 296, '#121a3a', 8)
    const lon0 = 20 + 60 * t
    out += circle(600, 220, 130, '#1d3570')
    out += dotGlobe(600, 220, 130, lon0, 10, 7, '#ffc078', { shapes: china, color: '#ff7b54' })
    // stage and lectern
    out += rect(0, 430, W, 30, '#51305e') + rect(0, 460, W, 215, '#24162f')
    out += poly([[520, 300], [680, 300], [660, 440], [540, 440]], '#7a4b7f') + rect(510, 290, 180, 18, '#9a6aa0', 4)
    out += circle(600, 370, 26, '#ffc078', ' opacity="0.8"')
    out += deskMicrophone(620, 292, 50, '#1a1026', '#ff7b54')
    // audience
    const rand = random(61)
    for (let row = 2; row >= 0; row--) {
      let heads = ''
      for (let i = 0; i < 14; i++) heads += person(20 + i * 88 + (row % 2) * 44 + rand() * 10, H + 50 - row * 60, 34 - row * 4, '#0d0714', '#0d0714')
      out += `<g opacity="${n(1 - row * 0.25)}">${heads}</g>`
    }
    return out
  },

  'video-asset-recovery-explained': (t) => {
    let out = background('#e8f4ec', '#cfe8d8')
    out += rect(0, 520, W, 155, '#a7d3b8')
    out += building(230, 520, 280, 300, '#2f6b4f', '#1f4a37', 6)
    out += building(960, 520, 240, 260, '#c98b2b', '#8f6218', 5)
    out += shield(960, 170, 46, '#c98b2b')
    const a: Pt = [330, 240]
    const b: Pt = [870, 240]
    out += strokePath(arcPath(a, b, 0.3), '#2f6b4f', 5, ' stroke-dasharray="4 14" opacity="0.6"')
    for (let k = 0; k < 5; k++) {
      const p = ((t * 1.6 + k / 5) % 1 + 1) % 1
      const q = arcPoint(a, b, 0.3, p)
      const fade = Math.min(1, p * 8, (1 - p) * 8)
      out += `<g opacity="${n(fade)}">${ellipse(q[0], q[1], 26, 26, '#e9b949', ' stroke="#a67c12" stroke-width="4"')}${circle(q[0], q[1], 12, 'none', ' stroke="#a67c12" stroke-width="3"')}</g>`
    }
    out += coinStack(960, 590, 48, 2 + Math.floor(t * 6), '#c9971c', '#f4d35e', '#7a5a0d')
    out += coinStack(230, 590, 48, 6 - Math.floor(t * 4), '#c9971c', '#f4d35e', '#7a5a0d')
    return out
  },

  'video-prosecutor-exchange-interview': (t) => {
    let out = background('#f2e6d9', '#e7d3bf')
    out += rect(0, 470, W, 205, '#b98b6b')
    out += rect(90, 110, 300, 220, '#d9c2a8', 8) + rect(105, 125, 270, 190, '#c7dbe0', 4) + poly([[105, 315], [210, 200], [290, 270], [330, 230], [375, 280], [375, 315]], '#8fb3a4')
    out += glow(820, 220, 260, '#fff5e0', 0.55 + 0.1 * Math.sin(t * Math.PI * 2))
    out += rect(760, 90, 10, 230, '#7a5c46') + poly([[730, 90], [800, 90], [780, 40], [750, 40]], '#f5d7a1')
    out += armchair(330, 520, 120, '#3d6e8f', '#2c526b', 1)
    out += armchair(870, 520, 120, '#a4473c', '#7d342c', -1)
    out += rect(520, 450, 160, 14, '#5c3d2e', 6) + rect(590, 464, 20, 56, '#5c3d2e')
    out += circle(565, 442, 10, '#f2e6d9') + rect(615, 438, 40, 12, '#3d6e8f', 3)
    out += camera(640, 660, 80, '#2b2b2b', '#4b6cb7', Math.sin(t * Math.PI * 12) > 0 ? '#e63946' : '#6b1f25')
    out += plant(1090, 520, 70, '#7a5c46', '#4f7f5a')
    return out
  },

  'video-mutual-legal-assistance-101': (t) => {
    let out = background('#e3ecf7', '#f7f4ee')
    out += rect(0, 540, W, 135, '#c4d3e6')
    out += building(220, 540, 300, 330, '#24427a', '#162b52', 6)
    out += building(980, 540, 300, 330, '#7a2f45', '#521e2e', 6)
    const a: Pt = [300, 200]
    const b: Pt = [900, 200]
    out += strokePath(arcPath(a, b, 0.28), '#24427a', 4, ' stroke-dasharray="2 12" opacity="0.5"')
    out += strokePath(arcPath(b, a, -0.12), '#7a2f45', 4, ' stroke-dasharray="2 12" opacity="0.5"')
    const p1 = ease(clamp01(t * 2))
    const p2 = ease(clamp01(t * 2 - 1))
    const q1 = arcPoint(a, b, 0.28, p1)
    const q2 = arcPoint(b, a, -0.12, p2)
    out += documentSheet(q1[0] - 45, q1[1] - 58, 90, 116, '#ffffff', '#24427a', '#24427a', -8 + 16 * p1)
    out += documentSheet(q2[0] - 45, q2[1] - 58, 90, 116, '#ffffff', '#7a2f45', '#7a2f45', 8 - 16 * p2)
    return out
  },
}
