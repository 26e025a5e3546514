/** Dotted maps and globes: coarse land outlines (longitude, latitude), deliberately stylised, and the places shown. */
import { H, n, type Pt, W } from './svg'

export const land: Pt[][] = [
  // Africa
  [[-6, 36], [10, 37.3], [11, 33], [20, 31], [32, 31.5], [34, 28], [43, 12], [51, 12], [42, -2], [40, -11], [35, -24], [32, -29], [20, -35], [18, -32], [12, -18], [13, -6], [9, 4], [-8, 4.5], [-17, 14], [-17, 21], [-10, 29], [-6, 36]],
  // Madagascar
  [[44, -25], [47, -25.5], [50.5, -15], [49, -12], [44, -16.5]],
  // Eurasia
  [[-9, 37], [-9, 43], [-2, 43.5], [-4.5, 48], [2, 51], [8, 54], [8, 57], [5, 62], [14, 68], [25, 71], [40, 67], [60, 70], [70, 73], [80, 73], [100, 77], [113, 74], [130, 71], [150, 71], [170, 70], [180, 68], [180, 65], [170, 60], [160, 60], [156, 51], [142, 59], [135, 54], [141, 48], [135, 43], [129, 41], [129.5, 35], [126.5, 34.5], [125, 38], [122, 40], [118, 39], [121, 37], [120, 35], [122, 31], [122, 29], [120, 26], [117, 23.5], [113, 22], [110, 21], [108, 21.5], [106, 20], [106, 17], [109, 12], [106, 9], [105, 10.5], [100, 13], [99, 10], [100, 6], [103.5, 1.5], [101, 3], [98, 8], [98, 16], [94, 17], [92, 22], [88, 22], [80, 15], [77, 8], [73, 17], [69, 22], [62, 25], [57, 26], [59, 22], [52, 16], [45, 13], [43, 13], [39, 21], [35, 28], [34, 31], [35, 36], [28, 37], [26, 40], [24, 37], [20, 40], [19, 42], [16, 38], [12, 44], [8, 44], [3, 43], [-2, 37], [-9, 37]],
  // Japan
  [[130, 31], [132, 34], [136, 34], [140, 35], [141, 38], [141.5, 41], [140, 41], [139, 38], [136, 36.5], [133, 35.5], [130, 33.5]],
  [[140, 42], [143, 42], [145.5, 43.5], [142, 45.5], [140, 43.5]],
  // Taiwan, Hainan, Sri Lanka
  [[120, 22], [121.8, 24.5], [121.5, 25.3], [120, 23.5]],
  [[108.6, 19], [110, 20.1], [111, 19.6], [110, 18.2], [109, 18.3]],
  [[80, 6], [82, 7.5], [80, 9.8], [79.7, 8]],
  // British Isles, Iceland
  [[-5, 50], [1.5, 51], [1, 53], [-2, 55.5], [-3, 58.6], [-6, 58], [-5, 55], [-3, 54], [-4.5, 53], [-5, 51.7]],
  [[-10, 52], [-6, 52], [-6, 55], [-8, 55.2], [-10, 54]],
  [[-24, 64], [-14, 64.5], [-14, 66], [-22, 66.5]],
  // Maritime South-East Asia
  [[95, 5.5], [98, 4], [104, -2], [106, -6], [104, -5.5], [101, -2], [96, 3]],
  [[109, 1.5], [110, -2], [114, -4], [116, -3.5], [118, 1], [119, 5], [117, 7], [115, 5], [111, 2]],
  [[105.5, -6], [114, -7], [114.5, -8.5], [106, -7.5]],
  [[119, -5.5], [120.5, -5.5], [121, -2], [123, -1], [124.5, 1.5], [121, 1], [120, 0], [119, -3]],
  [[131, -1], [135, -3], [141, -2.5], [145, -4], [150, -10], [147, -10], [143, -9], [138, -8], [135, -4.5], [132, -2.5]],
  [[120, 18.5], [122, 18.5], [122.5, 14], [124, 13], [121, 13.5], [120, 15]],
  [[122, 7], [126, 7], [126.5, 9], [125, 9.5], [123, 8]],
  [[122.5, 10], [124, 10.5], [125, 11.5], [124.5, 12.3], [123, 11.5]],
  // Australia, New Zealand
  [[114, -22], [114, -34], [117, -35], [123, -34], [131, -31.5], [138, -35], [141, -38], [147, -39], [150, -37], [153, -28], [153, -25], [146, -19], [142, -10.7], [141, -17], [136, -12], [131, -11.2], [125, -14], [122, -18]],
  [[172, -34.5], [178, -37.5], [176, -41.5], [174, -41], [173, -39]],
  [[172, -41], [174, -41.5], [171, -46], [166.5, -46], [168, -44]],
  // Americas, Greenland
  [[-165, 63], [-168, 66], [-157, 71], [-140, 70], [-128, 70], [-95, 70], [-82, 69], [-78, 62], [-65, 60], [-56, 52], [-60, 47], [-66, 44], [-70, 42], [-74, 40], [-76, 35], [-81, 31], [-80, 25], [-83, 29.5], [-90, 29], [-97, 27], [-97, 22], [-94, 18.5], [-91, 18.5], [-87, 21.5], [-88, 16], [-84, 15.8], [-83, 10], [-79, 9], [-77.5, 8], [-80, 7.5], [-85, 10], [-92, 14.5], [-97, 16], [-105, 20], [-106, 23], [-112, 29], [-117, 32.5], [-120, 34.5], [-124, 40], [-124, 48], [-130, 54], [-135, 58], [-145, 60], [-152, 59], [-158, 57], [-162, 60]],
  [[-55, 60], [-43, 60], [-22, 70], [-18, 77], [-30, 83], [-60, 82], [-72, 78], [-58, 75], [-52, 68]],
  [[-77.5, 8], [-72, 12], [-62, 10.5], [-52, 5], [-50, 0], [-44, -2.5], [-35, -5], [-35, -9], [-39, -13], [-41, -22], [-48, -26], [-53, -34], [-58, -38.5], [-65, -42], [-67, -46], [-69, -51], [-68.5, -55], [-75, -50], [-74, -42], [-73, -37], [-71, -30], [-70, -18], [-76, -14], [-81, -5], [-80, 0], [-79, 2]],
]

export const china: Pt[][] = [
  [[74, 39], [80, 45], [87, 49], [91, 46], [97, 42.5], [105, 41.5], [111, 43], [116, 45], [120, 47], [119, 50], [122, 53], [127, 50], [131, 48], [134, 48], [131, 43], [128, 42], [124, 40], [122, 40.5], [118, 39], [121, 37], [120, 35], [122, 31], [122, 29], [120, 26], [117, 23.5], [113, 22], [110, 21], [108, 21.5], [106, 22.5], [101, 21.5], [98, 24], [97, 28], [92, 28], [88, 27.5], [84, 29], [81, 30], [79, 32.5], [79, 35], [76, 36]],
  [[120, 22], [121.8, 24.5], [121.5, 25.3], [120, 23.5]],
  [[108.6, 19], [110, 20.1], [111, 19.6], [110, 18.2], [109, 18.3]],
]

export function inside(list: Pt[][], lon: number, lat: number): boolean {
  let hit = false
  for (const ring of list) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]
      const [xj, yj] = ring[j]
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit
    }
  }
  return hit
}
export const isLand = (lon: number, lat: number): boolean => {
  for (const ring of land) if (inside([ring], lon, lat)) return true
  return false
}

export interface MapView {
  lonC: number
  latC: number
  /** pixels per degree of latitude */
  scale: number
  cx: number
  cy: number
}

export function project(v: MapView, lon: number, lat: number): Pt {
  const k = Math.cos((v.latC * Math.PI) / 180)
  return [v.cx + (lon - v.lonC) * v.scale * k, v.cy - (lat - v.latC) * v.scale]
}

export function unproject(v: MapView, x: number, y: number): Pt {
  const k = Math.cos((v.latC * Math.PI) / 180)
  return [v.lonC + (x - v.cx) / (v.scale * k), v.latC - (y - v.cy) / v.scale]
}

export interface DotStyle {
  spacing: number
  radius: number
  color: string
  highlight?: { shapes: Pt[][]; color: string }
  area?: [number, number, number, number]
}

/** A dotted equirectangular map: one dot on a square grid wherever the grid point falls on land. */
export function dotMap(v: MapView, style: DotStyle): string {
  const [x0, y0, w, h] = style.area ?? [0, 0, W, H]
  let base = ''
  let hi = ''
  for (let y = y0 + style.spacing / 2; y < y0 + h; y += style.spacing) {
    for (let x = x0 + style.spacing / 2; x < x0 + w; x += style.spacing) {
      const [lon, lat] = unproject(v, x, y)
      if (lat > 84 || lat < -60 || !isLand(lon, lat)) continue
      const dot = `<circle cx="${n(x)}" cy="${n(y)}" r="${n(style.radius)}"/>`
      if (style.highlight && inside(style.highlight.shapes, lon, lat)) hi += dot
      else base += dot
    }
  }
  return `<g fill="${style.color}">${base}</g>${style.highlight ? `<g fill="${style.highlight.color}">${hi}</g>` : ''}`
}

/** Dotted orthographic globe centred on (lon0, lat0). */
export function dotGlobe(
  cx: number,
  cy: number,
  R: number,
  lon0: number,
  lat0: number,
  spacing: number,
  color: string,
  highlight?: { shapes: Pt[][]; color: string },
): string {
  const phi0 = (lat0 * Math.PI) / 180
  let base = ''
  let hi = ''
  for (let y = cy - R + spacing / 2; y < cy + R; y += spacing) {
    for (let x = cx - R + spacing / 2; x < cx + R; x += spacing) {
      const px = (x - cx) / R
      const py = -(y - cy) / R
      const rho = Math.hypot(px, py)
      if (rho >= 0.985) continue
      const c = Math.asin(rho)
      const lat = rho === 0 ? lat0 : (Math.asin(Math.cos(c) * Math.sin(phi0) + (py * Math.sin(c) * Math.cos(phi0)) / rho) * 180) / Math.PI
      let lon = lon0 + (Math.atan2(px * Math.sin(c), rho * Math.cos(c) * Math.cos(phi0) - py * Math.sin(c) * Math.sin(phi0)) * 180) / Math.PI
      if (lon > 180) lon -= 360
      if (lon < -180) lon += 360
      if (!isLand(lon, lat)) continue
      const z = Math.sqrt(1 - rho * rho)
      const dot = `<circle cx="${n(x)}" cy="${n(y)}" r="${n(spacing * (0.18 + 0.2 * z))}"/>`
      if (highlight && inside(highlight.shapes, lon, lat)) hi += dot
      else base += dot
    }
  }
  return `<g fill="${color}">${base}</g>${highlight ? `<g fill="${highlight.color}">${hi}</g>` : ''}`
}

export const places = {
  guangzhou: [113.26, 23.13],
  shanghai: [121.47, 31.23],
  beijing: [116.4, 39.9],
  hanoi: [105.85, 21.03],
  vientiane: [102.6, 17.97],
  bangkok: [100.5, 13.75],
  phnomPenh: [104.92, 11.56],
  naypyidaw: [96.13, 19.76],
  kualaLumpur: [101.69, 3.14],
  singapore: [103.82, 1.35],
  jakarta: [106.85, -6.2],
  bandarSeriBegawan: [114.94, 4.94],
  manila: [120.98, 14.6],
} satisfies Record<string, Pt>

/** Twelve points across Africa (capitals, unnamed in the picture). */
export const africa: Pt[] = [
  [3.06, 36.75], [31.24, 30.04], [-17.44, 14.69], [7.49, 9.06], [38.75, 9.03], [36.82, -1.29],
  [15.27, -4.32], [39.28, -6.79], [13.23, -8.84], [28.32, -15.39], [28.19, -25.75], [-4.01, 5.32],
]
