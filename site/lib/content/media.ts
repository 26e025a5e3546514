/** Images and downloadable files, as pages link them. */
import { defaultLocale, fallbackChain, type LocaleCode } from '../../../cms/locales'
import { itemById } from './items'
import { field } from './localizedFields'

export interface MediaRef {
  filename: string
  alt: string
  caption?: string
  width?: number
  height?: number
  altLocale: LocaleCode
}

/** An image with its alt text in the locale (or its fallback) — alt text is required on every image. */
export function media(id: unknown, locale: LocaleCode): MediaRef | undefined {
  const image = itemById('media', id)
  if (!image) return undefined
  const alt = (image.data.alt ?? {}) as Partial<Record<LocaleCode, string>>
  const altLocale = fallbackChain(locale).find((code) => alt[code]) ?? defaultLocale
  return {
    filename: String(image.data.filename),
    alt: alt[altLocale] ?? '',
    caption: field<string>(image, 'caption', locale),
    altLocale,
    width: image.data.width as number | undefined,
    height: image.data.height as number | undefined,
  }
}

export interface FileRef {
  filename: string
  mimeType: string
  filesize: number
  url: string
}

/** A downloadable file, copied to the site under `/files/`. */
export function file(id: unknown): FileRef | undefined {
  const found = itemById('files', id)
  if (!found) return undefined
  return {
    filename: String(found.data.filename),
    mimeType: String(found.data.mimeType),
    filesize: Number(found.data.filesize),
    url: `/files/${encodeURIComponent(String(found.data.filename))}`,
  }
}
