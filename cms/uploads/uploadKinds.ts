/**
 * The kinds of file Concord keeps, decided from their bytes (see detectUploadKind.ts), and how each is served.
 * Nothing else is stored, and nothing else is served as anything but an opaque download: an upload can never be
 * HTML, JavaScript, SVG or XML, whatever its name says.
 */
import { collectionSlugs } from '../collectionSlugs'

export interface UploadKind {
  /** The MIME type it is stored and served with. */
  mime: string
  /** Extensions a stored name may carry for it; the first is the one given to a file named otherwise. */
  extensions: readonly string[]
  /** What a person sees in messages. */
  label: string
  /** Played by the browser's own media player, which loads the file again from a document of its own. */
  video?: boolean
}

export const uploadKinds = {
  jpeg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  png: { mime: 'image/png', extensions: ['png'], label: 'PNG' },
  webp: { mime: 'image/webp', extensions: ['webp'], label: 'WebP' },
  avif: { mime: 'image/avif', extensions: ['avif'], label: 'AVIF' },
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  mp4: { mime: 'video/mp4', extensions: ['mp4'], label: 'MP4', video: true },
  webm: { mime: 'video/webm', extensions: ['webm'], label: 'WebM', video: true },
  vtt: { mime: 'text/vtt', extensions: ['vtt'], label: 'WebVTT' },
} as const satisfies Record<string, UploadKind>

export type UploadKindName = keyof typeof uploadKinds

/** What each upload collection accepts. */
export const allowedUploadKinds = {
  [collectionSlugs.media]: ['jpeg', 'png', 'webp', 'avif'],
  [collectionSlugs.files]: ['pdf', 'mp4', 'webm', 'vtt'],
} as const satisfies Record<string, readonly UploadKindName[]>

export type UploadCollection = keyof typeof allowedUploadKinds

/** The MIME types a collection accepts (Payload's `upload.mimeTypes`, which also sets the admin's file picker). */
export const acceptedMimeTypes = (collection: UploadCollection): string[] => allowedUploadKinds[collection].map((name) => uploadKinds[name].mime)

/** The kind a MIME type (as file-type reports it) stands for, if Concord keeps that kind at all. */
export function kindOfMime(mime: string | undefined): UploadKindName | undefined {
  const essence = mime?.split(';')[0].trim().toLowerCase()
  return (Object.keys(uploadKinds) as UploadKindName[]).find((name) => uploadKinds[name].mime === essence)
}

/** The kind a stored file name stands for: stored names carry their kind's extension (see storedName). */
export function kindOfFileName(name: string): UploadKindName | undefined {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase()
  if (!extension) return undefined
  return (Object.keys(uploadKinds) as UploadKindName[]).find((kind) => (uploadKinds[kind].extensions as readonly string[]).includes(extension))
}

/**
 * The name a file of `kind` is stored under: the uploaded name when its extension already says that kind (so the
 * seed finds `photo.jpeg` again by its name), else the name with that kind's extension in place of its own.
 *
 * @example storedName('report.html', 'png') // 'report.png'
 */
export function storedName(uploadedName: string, kind: UploadKindName): string {
  const { extensions } = uploadKinds[kind]
  const dot = uploadedName.lastIndexOf('.')
  const extension = dot > 0 ? uploadedName.slice(dot + 1).toLowerCase() : ''
  if ((extensions as readonly string[]).includes(extension)) return uploadedName
  // A leading dot would make a hidden file, which no release serves.
  const base = (dot > 0 ? uploadedName.slice(0, dot) : uploadedName).replace(/^\.+/, '')
  return `${base || 'upload'}.${extensions[0]}`
}
