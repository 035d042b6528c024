// WeChat's pickers: wx.chooseMedia (album or camera), wx.chooseImage (the older image-only one) and
// wx.chooseMessageFile (files from a chat). What the user picks comes from `ui.pickAnswers`, a queue a
// test fills; nothing queued means the user closed the picker (WeChat's 'fail cancel'). Each picked
// file becomes a temp file in files.ts (when the picker opens), so uploadFile sends its bytes. The app
// hears of the choice in a later macrotask, as every wx answer does (settle() waits for it).
//
// Argument rules beyond the typings' (checked by validate.ts): `count` within WeChat's documented
// range (chooseMedia 1–20 since base library 2.25.0, chooseImage 1–9, chooseMessageFile 0–100), the
// literal values inside the arrays (mediaType, sourceType, sizeType), no empty extension. WeChat's
// wording for these is not published: the harness says `parameter error: …` like its typed errors.
import { answer, failure, type Outcome, type Scheduler } from './callbacks'
import { mimeOf, type FileRegistry } from './files'
import type { NativeUi } from './ui'

type Options = Record<string, unknown>
type Kind = 'image' | 'video' | 'file'

/** One file in a queued answer: its name (its extension gives the temp path's), bytes and kind. */
export interface PickedFile {
  name: string
  bytes: Uint8Array
  /** What WeChat reports it as; default from the name's extension (image/*, video/*, else file). */
  type?: Kind
}

/** The user's choice at the next picker: these files, or closing it. */
export type PickAnswer = 'cancel' | { files: PickedFile[] }

/** One picker shown: which API, its options (no callbacks), and the temp paths handed to the app. */
export interface PickRecord {
  api: 'chooseMedia' | 'chooseImage' | 'chooseMessageFile'
  options: Record<string, unknown>
  tempPaths: string[]
  /** Queued files past `count` that the user could not also tick. */
  overCount: number
}

export interface ChooserDeps {
  files: FileRegistry
  ui: NativeUi
  scheduler: Scheduler
  /** A queued answer the picker could not give (the test's mistake, reported as a problem). */
  reportSetup(message: string): void
}

const kindOf = (file: PickedFile): Kind => {
  if (file.type) return file.type
  const mime = mimeOf(file.name)
  return mime.startsWith('image/') ? 'image' : mime.startsWith('video/') ? 'video' : 'file'
}

const extOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()

/** Width and height of a PNG or JPEG from its header (what WeChat reads from the photo); else 0×0. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.length >= 24 && view.readUInt32BE(0) === 0x89504e47)
    return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) }
  if (view.length >= 4 && view[0] === 0xff && view[1] === 0xd8) {
    let at = 2
    while (at + 9 < view.length && view[at] === 0xff) {
      const marker = view[at + 1] ?? 0
      // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { height: view.readUInt16BE(at + 5), width: view.readUInt16BE(at + 7) }
      at += 2 + view.readUInt16BE(at + 2)
    }
  }
  return { width: 0, height: 0 }
}

export function createChoosers({ files, ui, scheduler, reportSetup }: ChooserDeps) {
  const respond = <T extends object>(api: string, options: Options, outcome: () => Outcome<T>) =>
    answer(api, options, outcome, scheduler)
  const refuse = (api: string, options: Options, reason: string) =>
    respond(api, options, () => ({ ok: false, error: failure(api, `parameter error: ${reason}`) }))

  /** count within [min, max] (an integer), or the reason it is not; `fallback` when absent. */
  const countOf = (value: unknown, min: number, max: number, fallback: number): number | string => {
    if (value === undefined || value === null) return fallback
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
      return `count should be an integer from ${min} to ${max}, got ${String(value)}`
    return value
  }

  /** Each element of an array option one of `allowed`, or the reason. */
  const literals = (name: string, value: unknown, allowed: string[]): string | undefined => {
    if (value === undefined || value === null || !Array.isArray(value)) return undefined
    const bad = value.find((v) => !allowed.includes(v as string))
    return bad === undefined
      ? undefined
      : `${name} items should be one of ${allowed.join(', ')}, got ${JSON.stringify(bad)}`
  }

  /**
   * The user's pick for `api`: the queued files the picker shows (`offers`), at most `count`; a
   * queued file it would not show is the test's mistake. Undefined: the user closed the picker.
   */
  const pick = (
    api: PickRecord['api'],
    options: Options,
    count: number,
    offers: (file: PickedFile) => string | undefined,
  ): { file: PickedFile; path: string }[] | undefined => {
    const queued = ui.pickAnswers.shift() ?? 'cancel'
    const record: PickRecord = { api, options: plain(options), tempPaths: [], overCount: 0 }
    ui.picks.push(record)
    if (queued === 'cancel') return undefined
    const shown = queued.files.filter((file) => {
      const why = offers(file)
      if (why) reportSetup(`wx.${api} was answered with "${file.name}", which it does not offer: ${why}`)
      return !why
    })
    if (!shown.length) return undefined
    record.overCount = Math.max(0, shown.length - count)
    return shown.slice(0, count).map((file) => {
      const path = files.addTemp(file.bytes, { ext: extOf(file.name), mime: mimeOf(file.name) })
      record.tempPaths.push(path)
      return { file, path }
    })
  }

  const cancelled = (api: string) => ({ ok: false as const, error: failure(api, 'cancel') })

  return {
    chooseMedia(options: Options = {}) {
      const count = countOf(options.count, 1, 20, 9)
      if (typeof count === 'string') return refuse('chooseMedia', options, count)
      const problem =
        literals('mediaType', options.mediaType, ['image', 'video', 'mix']) ??
        literals('sourceType', options.sourceType, ['album', 'camera']) ??
        literals('sizeType', options.sizeType, ['original', 'compressed'])
      if (problem) return refuse('chooseMedia', options, problem)
      const types = Array.isArray(options.mediaType) ? (options.mediaType as string[]) : ['image', 'video']
      const mix = types.includes('mix')
      // The picker opens now; the app hears of the user's choice in a later macrotask.
      const picked = pick('chooseMedia', options, count, (file) => {
        const kind = kindOf(file)
        if (kind === 'file') return 'the album holds photos and videos only'
        return mix || types.includes(kind) ? undefined : `mediaType is ${types.join(', ')}`
      })
      return respond('chooseMedia', options, () => {
        if (!picked) return cancelled('chooseMedia')
        const kinds = new Set(picked.map(({ file }) => kindOf(file)))
        return {
          ok: true,
          result: {
            type: kinds.size > 1 ? 'mix' : [...kinds][0],
            tempFiles: picked.map(({ file, path }) => ({
              tempFilePath: path,
              size: file.bytes.byteLength,
              fileType: kindOf(file),
              duration: 0,
              thumbTempFilePath: '',
              ...imageSize(file.bytes),
            })),
          },
        }
      })
    },

    chooseImage(options: Options = {}) {
      const count = countOf(options.count, 1, 9, 9)
      if (typeof count === 'string') return refuse('chooseImage', options, count)
      const problem =
        literals('sourceType', options.sourceType, ['album', 'camera']) ??
        literals('sizeType', options.sizeType, ['original', 'compressed'])
      if (problem) return refuse('chooseImage', options, problem)
      const picked = pick('chooseImage', options, count, (file) =>
        kindOf(file) === 'image' ? undefined : 'chooseImage offers photos only',
      )
      return respond('chooseImage', options, () => {
        if (!picked) return cancelled('chooseImage')
        return {
          ok: true,
          result: {
            tempFilePaths: picked.map(({ path }) => path),
            tempFiles: picked.map(({ file, path }) => ({ path, size: file.bytes.byteLength })),
          },
        }
      })
    },

    chooseMessageFile(options: Options) {
      const count = countOf(options.count, 0, 100, 0)
      if (typeof count === 'string') return refuse('chooseMessageFile', options, count)
      const type = (options.type as string | undefined) ?? 'all'
      const extensions = Array.isArray(options.extension) ? (options.extension as unknown[]) : undefined
      if (extensions?.some((e) => typeof e !== 'string' || !e))
        return refuse('chooseMessageFile', options, 'extension items should be non-empty strings')
      const allowedExt = extensions?.map((e) => String(e).replace(/^\./, '').toLowerCase())
      const picked = pick('chooseMessageFile', options, count, (file) => {
        const kind = kindOf(file)
        if (type !== 'all' && kind !== type) return `type is ${type}`
        // The extension filter applies to type 'file' only (WeChat's documented rule).
        if (type === 'file' && allowedExt && !allowedExt.includes(extOf(file.name) ?? ''))
          return `extension is ${allowedExt.join(', ')}`
        return undefined
      })
      return respond('chooseMessageFile', options, () => {
        if (!picked) return cancelled('chooseMessageFile')
        const time = Math.floor(Date.now() / 1000)
        return {
          ok: true,
          result: {
            tempFiles: picked.map(({ file, path }) => ({
              path,
              size: file.bytes.byteLength,
              name: file.name,
              type: kindOf(file),
              time,
            })),
          },
        }
      })
    },
  }
}

function plain(options: Options): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => typeof value !== 'function'))
}
