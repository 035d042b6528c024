// The harness's local file system, as far as the app can see it: temporary paths such as
// 'wxfile://tmp_3.jpg' (a phone) or 'http://tmp/3.jpg' (DevTools) that chooseMedia /
// chooseMessageFile stubs hand out and that uploadFile / downloadFile read and write. Only bytes and a
// MIME type are kept; there is no directory tree and no FileSystemManager.

export interface HarnessFile {
  bytes: Uint8Array
  mime: string
}

export interface FileRegistry {
  /** Put bytes at an exact path (a test's fixture). */
  register(path: string, content: Uint8Array | string, mime?: string): string
  /** Store bytes under a new temporary path, as WeChat does after choosing or downloading a file. */
  addTemp(content: Uint8Array | string, options?: { ext?: string; mime?: string }): string
  get(path: string): HarnessFile | undefined
  remove(path: string): void
  paths(): string[]
}

const MIME_BY_EXT: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  json: 'application/json',
  csv: 'text/csv',
  mp4: 'video/mp4',
}

export function mimeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''
  return MIME_BY_EXT[ext] ?? 'application/octet-stream'
}

export function createFiles(options: { style?: 'phone' | 'devtools' } = {}): FileRegistry {
  const files = new Map<string, HarnessFile>()
  let counter = 0
  const toBytes = (content: Uint8Array | string) =>
    typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : new Uint8Array(content)

  const registry: FileRegistry = {
    register(path, content, mime) {
      files.set(path, { bytes: toBytes(content), mime: mime ?? mimeOf(path) })
      return path
    },
    addTemp(content, opts = {}) {
      counter += 1
      const ext = opts.ext ? `.${opts.ext.replace(/^\./, '')}` : ''
      const path =
        options.style === 'devtools' ? `http://tmp/${counter}${ext}` : `wxfile://tmp_${counter}${ext}`
      return registry.register(path, content, opts.mime)
    },
    get: (path) => files.get(path),
    remove: (path) => void files.delete(path),
    paths: () => [...files.keys()],
  }
  return registry
}
