import type { FileMime } from '../schemas/file'
import { ALLOWED_FILE_MIMES, MAX_FILE_BYTES } from '../values'

/** The extensions of the allowed types: WeChat's temp paths and chat files carry no MIME type. */
export const MIME_BY_EXTENSION: Record<string, FileMime> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
}
export const FILE_EXTENSIONS = Object.keys(MIME_BY_EXTENSION)

/** For an H5 file input's `accept`: the extensions and the types. */
export const FILE_ACCEPT = [...FILE_EXTENSIONS.map((ext) => `.${ext}`), ...ALLOWED_FILE_MIMES].join(',')

const extensionOf = (name: string) => (name.includes('.') ? (name.split('.').pop() ?? '') : '').toLowerCase()

/**
 * The allowed type of a file, or undefined when it has none. Browsers and WeChat disagree on MIME
 * names (image/jpg, image/pjpeg); a missing or unhelpful one falls back to the file name's extension.
 */
export function fileMime(name: string, mime?: string): FileMime | undefined {
  const lower = mime?.toLowerCase().split(';')[0]?.trim() ?? ''
  if (lower === 'image/jpg' || lower === 'image/pjpeg') return 'image/jpeg'
  if ((ALLOWED_FILE_MIMES as readonly string[]).includes(lower)) return lower as FileMime
  if (lower === '' || lower === 'application/octet-stream') return MIME_BY_EXTENSION[extensionOf(name)]
  return undefined
}

const MAX_MB = MAX_FILE_BYTES / 1024 / 1024
/** The allowed types as people name them (jpeg is a jpg). */
const TYPES_TEXT = 'jpg、png、pdf'

/** Under the picker's button, so the limits are known before picking. */
export const UPLOAD_HINT = `支持 ${TYPES_TEXT}，单个不超过 ${MAX_MB} MB`

/** A body too large to read, so no file name to quote (the HTTP layer's 413). */
export const FILE_TOO_LARGE_MESSAGE = `文件超过 ${MAX_MB} MB 上限，请压缩后再上传`

/**
 * Why a file can't be uploaded, in the words the picker shows before sending and the backend answers
 * with (400 VALIDATION_FAILED for the type, 413 FILE_TOO_LARGE for the size); undefined when it may.
 */
export function uploadProblem(file: {
  name: string
  size: number
  mime?: string
}): { kind: 'type' | 'size'; message: string } | undefined {
  if (!fileMime(file.name, file.mime)) {
    return { kind: 'type', message: `「${file.name}」格式不支持，仅支持 ${TYPES_TEXT}` }
  }
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1)
    return {
      kind: 'size',
      message: `「${file.name}」有 ${mb} MB，超过 ${MAX_MB} MB 上限，请压缩后再上传`,
    }
  }
  return undefined
}

/**
 * The allowed type a file's first bytes say it is (its magic number), or undefined: jpg FF D8 FF,
 * png 89 50 4E 47 0D 0A 1A 0A, pdf "%PDF-". The backend decides by this, never by the label or the
 * name, so HTML sent as image/png is refused and a mislabelled PNG is stored as the PNG it is.
 */
export function sniffFileMime(bytes: Uint8Array): FileMime | undefined {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte)
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png'
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'
  return undefined
}
