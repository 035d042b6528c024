/**
 * The share poster, drawn on anything that speaks the few calls of a canvas 2D context: WeChat's
 * canvas node, the browser's <canvas> and the unit tests' recording fake all do, so the drawing is
 * one pure function and the poster is the same in WeChat and H5.
 */

/** The subset of CanvasRenderingContext2D the poster uses (WeChat's 2D context has them all). */
export interface PosterContext {
  fillStyle: string | unknown
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  drawImage(image: unknown, dx: number, dy: number, dw: number, dh: number): void
  drawImage(
    image: unknown,
    sx: number,
    sy: number,
    sw: number,
    sh: number,
    dx: number,
    dy: number,
    dw: number,
    dh: number,
  ): void
}

/** A loaded picture (WeChat's canvas.createImage() or an HTMLImageElement): its natural size. */
export interface PosterImage {
  width: number
  height: number
}

export interface PosterContent {
  title: string
  /** The salon's one-line pitch (empty: none). */
  summary: string
  time: string
  place: string
  /** 分享嘉宾 line, empty when the salon names none. */
  speakers: string
  /** The QR's modules, row by row (true: dark). */
  qr: boolean[][]
}

/** The poster's own pixels: a 5:8 card, twice a 300 px phone width so text stays sharp. */
export const POSTER_WIDTH = 600
export const POSTER_HEIGHT = 960

const PAD = 40
const TEXT_WIDTH = POSTER_WIDTH - PAD * 2
const IMAGE_HEIGHT = 330
const FONT = '"PingFang SC", "Microsoft YaHei", sans-serif'
const BRAND = '#1a5fb4'
const INK = '#1f2329'
const MUTED = '#646a73'
const QR_SIZE = 176
const TITLE_LINES = 3

/** Where the QR goes: fixed, so the caption beside it and the tests agree. */
export const QR_BOX = { x: PAD, y: POSTER_HEIGHT - PAD - QR_SIZE, size: QR_SIZE }

export function drawPoster(ctx: PosterContext, content: PosterContent, image?: PosterImage): void {
  ctx.textAlign = 'left'
  ctx.textBaseline = 'top'
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT)

  // The salon's poster, cropped to fill the band; without one, the brand colour and the event's kind.
  if (image && image.width > 0 && image.height > 0) drawCover(ctx, image, 0, 0, POSTER_WIDTH, IMAGE_HEIGHT)
  else {
    ctx.fillStyle = BRAND
    ctx.fillRect(0, 0, POSTER_WIDTH, IMAGE_HEIGHT)
    ctx.fillStyle = '#ffffff'
    ctx.font = `bold 44px ${FONT}`
    ctx.fillText('企业家沙龙', PAD, IMAGE_HEIGHT / 2 - 22)
  }

  let y = IMAGE_HEIGHT + 32
  ctx.fillStyle = INK
  ctx.font = `bold 38px ${FONT}`
  for (const line of wrapText(ctx, content.title, TEXT_WIDTH, TITLE_LINES)) {
    ctx.fillText(line, PAD, y)
    y += 52
  }

  if (content.summary) {
    ctx.fillStyle = MUTED
    ctx.font = `24px ${FONT}`
    for (const line of wrapText(ctx, content.summary, TEXT_WIDTH, 2)) {
      ctx.fillText(line, PAD, y)
      y += 34
    }
  }

  y += 12
  ctx.font = `26px ${FONT}`
  const rows: [string, string][] = [
    ['时间', content.time],
    ['地点', content.place],
    ...(content.speakers ? ([['嘉宾', content.speakers]] as [string, string][]) : []),
  ]
  const valueX = PAD + 76
  for (const [label, value] of rows) {
    ctx.fillStyle = MUTED
    ctx.fillText(label, PAD, y)
    ctx.fillStyle = INK
    // A long address or many speakers get two lines, then an ellipsis: the QR's room is kept.
    for (const line of wrapText(ctx, value, POSTER_WIDTH - PAD - valueX, 2)) {
      ctx.fillText(line, valueX, y)
      y += 38
    }
    y += 6
  }

  drawQr(ctx, content.qr, QR_BOX.x, QR_BOX.y, QR_BOX.size)
  const captionX = QR_BOX.x + QR_BOX.size + 28
  ctx.fillStyle = INK
  ctx.font = `bold 28px ${FONT}`
  ctx.fillText('扫码查看并报名', captionX, QR_BOX.y + 48)
  ctx.fillStyle = MUTED
  ctx.font = `22px ${FONT}`
  ctx.fillText('企服管家 · 企业家沙龙', captionX, QR_BOX.y + 96)
}

/**
 * Lines of at most `maxWidth`, broken anywhere (Chinese has no spaces to break at), at most
 * `maxLines`; a cut-off last line ends in an ellipsis that still fits.
 */
export function wrapText(
  ctx: Pick<PosterContext, 'measureText'>,
  text: string,
  maxWidth: number,
  maxLines: number,
): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  const lines: string[] = []
  let line = ''
  let i = 0
  for (; i < chars.length; i += 1) {
    const next = line + chars[i]
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line)
      if (lines.length === maxLines) break
      line = chars[i] === ' ' ? '' : (chars[i] as string)
    } else line = next
  }
  if (lines.length < maxLines) {
    if (line) lines.push(line)
    return lines
  }
  // Out of lines with text left over: the last line gives up characters for the ellipsis.
  let last = lines[maxLines - 1] as string
  while (last && ctx.measureText(`${last}…`).width > maxWidth) last = Array.from(last).slice(0, -1).join('')
  lines[maxLines - 1] = `${last}…`
  return lines
}

/** The image scaled to cover the box and centred, as CSS object-fit: cover (aspectFill) would. */
function drawCover(ctx: PosterContext, image: PosterImage, x: number, y: number, w: number, h: number) {
  const scale = Math.max(w / image.width, h / image.height)
  const sw = w / scale
  const sh = h / scale
  ctx.drawImage(image, (image.width - sw) / 2, (image.height - sh) / 2, sw, sh, x, y, w, h)
}

/**
 * The QR on white with a quiet zone of 2 modules (the poster around it is white too); whole pixels
 * per module so rows meet without seams, the code centred in its box.
 */
export function drawQr(ctx: PosterContext, modules: boolean[][], x: number, y: number, size: number) {
  const count = modules.length
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(x, y, size, size)
  if (!count) return
  const cell = Math.max(1, Math.floor(size / (count + 4)))
  const offset = Math.floor((size - cell * count) / 2)
  ctx.fillStyle = '#000000'
  modules.forEach((row, r) => {
    // Runs of dark modules as one rectangle each: fewer calls than one per module.
    let start = -1
    for (let c = 0; c <= row.length; c += 1) {
      const dark = c < row.length && row[c]
      if (dark && start < 0) start = c
      if (!dark && start >= 0) {
        ctx.fillRect(x + offset + start * cell, y + offset + r * cell, (c - start) * cell, cell)
        start = -1
      }
    }
  })
}
