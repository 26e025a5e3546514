/**
 * `npm run generate:demo-media [-- --images-only | --videos-only] [--out <folder>]`: draws the pictures and video
 * clips of the demo corpus in content/. A tool run by hand when the demo corpus changes (a new item needs a picture,
 * a scene is redrawn); nothing runs it automatically, and the seed reads the committed files.
 *
 * What it writes, from what:
 * - content/media/: 34 JPEG editorial pictures (article and case covers, video posters, event covers and galleries)
 *   and 8 PNG partner emblems. Each is an SVG scene composed in code (scripts/demo-media/scenes/, emblems.ts, from
 *   the motifs and the dotted maps beside them) and rasterised by sharp. Their alt texts and captions are written
 *   by hand in content/media/media.yaml. No picture contains text: words baked into pictures cannot be read by
 *   screen readers or translated.
 * - content/files/*.mp4, *.webm: the 4 video clips, 300 frames each of the same scenes with a moving camera,
 *   encoded by ffmpeg (Debian's `ffmpeg` must be on the PATH; without it the clips are skipped with a message).
 * The PDFs and WebVTT captions in content/files/ are not made here: the captions are written by hand, the PDFs
 * were printed once from HTML in headless Chromium.
 *
 * Deterministic: the scenes use seeded pseudo-random numbers only, so the same versions of sharp and ffmpeg write
 * byte-identical images and MP4s (checked with sharp 0.35.5 and Debian 12's ffmpeg 5.1 against the committed files).
 * The WebM's frames are identical too, but ffmpeg's Matroska muxer writes random segment and track UIDs into its
 * header, so that file differs in those bytes from run to run. Reads nothing but this code and fetches nothing from
 * the network. `--out <folder>` writes `<folder>/media` and `<folder>/files` instead of content/, e.g. to compare a
 * run with the committed files.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { writeImages } from './demo-media/images'
import { writeVideos } from './demo-media/videos'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const outIndex = args.indexOf('--out')
const outDir = outIndex >= 0 && args[outIndex + 1] ? path.resolve(args[outIndex + 1]) : path.join(projectRoot, 'content')
const log = (line: string) => console.log(line)

if (!args.includes('--videos-only')) await writeImages(path.join(outDir, 'media'), log)
if (!args.includes('--images-only')) await writeVideos(path.join(outDir, 'files'), log)
