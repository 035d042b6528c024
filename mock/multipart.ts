/** One part of a multipart/form-data body. */
export interface Part {
  name: string
  filename?: string
  contentType?: string
  data: Buffer
}

/** A parsed multipart body: a class of its own, so no JSON value can pass for one. */
export class Multipart {
  constructor(readonly parts: Part[]) {}
}

/**
 * A small multipart/form-data reader for the mock server's one upload route (field `file`), so the
 * mock needs no extra dependency. Headers are read as UTF-8 because browsers send Chinese file names raw.
 */
export function parseMultipart(body: Buffer, contentType: string | undefined): Multipart | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '')
  const marker = boundary?.[1] ?? boundary?.[2]
  if (!marker) return undefined
  const delimiter = Buffer.from(`--${marker}`)
  const parts: Part[] = []
  let start = body.indexOf(delimiter)
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length)
    if (next < 0) break
    const chunk = body.subarray(start + delimiter.length, next)
    start = next
    const headerEnd = chunk.indexOf('\r\n\r\n')
    if (headerEnd < 0) continue
    const headers = chunk.subarray(0, headerEnd).toString('utf8')
    // The part's data ends before the CRLF that precedes the next delimiter.
    const data = chunk.subarray(headerEnd + 4, chunk.length - 2)
    const name = /name="([^"]*)"/i.exec(headers)?.[1]
    if (name === undefined) continue
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1]
    const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim()
    parts.push({
      name,
      data,
      ...(filename !== undefined ? { filename } : {}),
      ...(type ? { contentType: type } : {}),
    })
  }
  return new Multipart(parts)
}
