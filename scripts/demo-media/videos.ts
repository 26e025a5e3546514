/**
 * The four short clips of content/files/ (each 12.0 s, 640×360, 25 fps): 300 PNG frames of a scene, rendered by
 * sharp with the camera moving over the 1200 × 675 picture, then encoded by ffmpeg with a silent audio track.
 * The same, by hand:
 *
 *   MP4 (H.264 + AAC, silent 32 kHz mono track; 12 s = exactly 375 AAC frames):
 *     ffmpeg -y -framerate 25 -i frames/%04d.png \
 *       -f lavfi -i anullsrc=channel_layout=mono:sample_rate=32000 \
 *       -map 0:v -map 1:a -t 12 -c:v libx264 -preset slow -crf 30 -tune animation -pix_fmt yuv420p -r 25 \
 *       -g 50 -c:a aac -b:a 24k -movflags +faststart -map_metadata -1 out.mp4
 *
 *   WebM (VP9 + Opus, silent 48 kHz mono track):
 *     ffmpeg -y -framerate 25 -i frames/%04d.png \
 *       -f lavfi -i anullsrc=channel_layout=mono:sample_rate=48000 \
 *       -map 0:v -map 1:a -t 12 -c:v libvpx-vp9 -crf 42 -b:v 0 -deadline good -cpu-used 2 -row-mt 1 \
 *       -pix_fmt yuv420p -r 25 -g 50 -c:a libopus -b:a 24k -map_metadata -1 out.webm
 *
 * Check: ffprobe -v error -show_entries format=duration -of csv=p=0 out.mp4   → 12.000000
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { scenes } from './scenes'
import { ease, H, lerp, svgDoc, W } from './svg'

const clips: { key: string; format: 'mp4' | 'webm'; scene: string; camera: (t: number) => [number, number, number] }[] = [
  // camera: [centre x, centre y, zoom] of the 1200 × 675 scene over time
  { key: 'forum-highlights', format: 'mp4', scene: 'video-forum-highlights', camera: (t) => [600, lerp(300, 337.5, ease(t)), lerp(1.12, 1.0, ease(t))] },
  { key: 'asset-recovery-explained', format: 'mp4', scene: 'video-asset-recovery-explained', camera: (t) => [lerp(570, 630, ease(t)), 338, 1.06] },
  { key: 'prosecutor-exchange-interview', format: 'mp4', scene: 'video-prosecutor-exchange-interview', camera: (t) => [600, lerp(338, 380, ease(t)), lerp(1.0, 1.2, ease(t))] },
  { key: 'mutual-legal-assistance-101', format: 'webm', scene: 'video-mutual-legal-assistance-101', camera: (t) => [lerp(630, 600, ease(t)), 338, lerp(1.08, 1.0, ease(t))] },
]

const FPS = 25
const SECONDS = 12
const OUT_W = 640
const OUT_H = 360

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`)
}

/** Writes every clip into `filesDir`; without ffmpeg on the PATH it says so and writes nothing. */
export async function writeVideos(filesDir: string, log: (line: string) => void): Promise<void> {
  if (spawnSync('ffmpeg', ['-version']).status !== 0) {
    log('ffmpeg is not installed: skipping the video clips (apt-get install -y ffmpeg).')
    return
  }
  fs.mkdirSync(filesDir, { recursive: true })
  for (const clip of clips) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `concord-${clip.key}-`))
    try {
      const frames = FPS * SECONDS
      for (let start = 0; start < frames; start += 8) {
        const batch: Promise<unknown>[] = []
        for (let i = start; i < Math.min(frames, start + 8); i++) {
          const t = i / (frames - 1)
          const [cx, cy, zoom] = clip.camera(t)
          const vw = W / Math.max(1, zoom)
          const vh = H / Math.max(1, zoom)
          // keep the window inside the scene
          const x = Math.min(W - vw, Math.max(0, cx - vw / 2))
          const y = Math.min(H - vh, Math.max(0, cy - vh / 2))
          const svg = svgDoc(scenes[clip.scene](t), OUT_W, OUT_H, `${x.toFixed(3)} ${y.toFixed(3)} ${vw.toFixed(3)} ${vh.toFixed(3)}`)
          const frame = path.join(dir, `${String(i).padStart(4, '0')}.png`)
          batch.push(sharp(Buffer.from(svg)).flatten({ background: '#000000' }).png({ compressionLevel: 1 }).toFile(frame))
        }
        await Promise.all(batch)
      }
      const out = path.join(filesDir, `${clip.key}.${clip.format}`)
      const input = ['-y', '-loglevel', 'error', '-framerate', String(FPS), '-i', path.join(dir, '%04d.png')]
      if (clip.format === 'mp4') {
        run('ffmpeg', [
          ...input,
          '-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=32000',
          '-map', '0:v', '-map', '1:a', '-t', String(SECONDS),
          '-c:v', 'libx264', '-preset', 'slow', '-crf', '30', '-tune', 'animation', '-pix_fmt', 'yuv420p', '-r', String(FPS), '-g', '50',
          '-c:a', 'aac', '-b:a', '24k', '-movflags', '+faststart', '-map_metadata', '-1', out,
        ])
      } else {
        run('ffmpeg', [
          ...input,
          '-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=48000',
          '-map', '0:v', '-map', '1:a', '-t', String(SECONDS),
          '-c:v', 'libvpx-vp9', '-crf', '42', '-b:v', '0', '-deadline', 'good', '-cpu-used', '2', '-row-mt', '1',
          '-pix_fmt', 'yuv420p', '-r', String(FPS), '-g', '50', '-c:a', 'libopus', '-b:a', '24k', '-map_metadata', '-1', out,
        ])
      }
      log(`  ${out}  ${(fs.statSync(out).size / 1024).toFixed(0)} KB`)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
