// WeChat's <canvas type="2d"> as far as the logic layer sees it: the node a SelectorQuery hands out
// (fields({ node: true })), its 2D context recording what is drawn (there is no raster here), images
// made by canvas.createImage() that load with a fixed size, and the PNG temp files
// canvasToTempFilePath exports from a canvas that has been drawn on.

/** One drawing call, with the state it was made in. */
export type CanvasOp =
  | { op: 'fillText'; text: string; x: number; y: number; font: string; fillStyle: string }
  | { op: 'fillRect'; x: number; y: number; w: number; h: number; fillStyle: string }
  | { op: 'drawImage'; src: string; args: number[] }
  | { op: string; args: unknown[] }

/** Natural size of every image createImage loads: the harness has no decoder. */
export const HARNESS_IMAGE_SIZE = { width: 1200, height: 800 }

export class FakeImage {
  width = 0
  height = 0
  onload: (() => void) | null = null
  onerror: ((error: unknown) => void) | null = null
  private source = ''

  constructor(private readonly schedule: (fn: () => void) => void) {}

  get src(): string {
    return this.source
  }

  /** Like WeChat: setting src starts the load; http(s) and temp paths load, anything else fails. */
  set src(value: string) {
    this.source = String(value)
    const loads = /^(https?:|wxfile:|data:image\/)/.test(this.source)
    this.schedule(() => {
      if (loads) {
        this.width = HARNESS_IMAGE_SIZE.width
        this.height = HARNESS_IMAGE_SIZE.height
        this.onload?.()
      } else this.onerror?.({ errMsg: `image load failed: ${this.source}` })
    })
  }
}

export class FakeContext2D {
  fillStyle: unknown = '#000000'
  strokeStyle: unknown = '#000000'
  font = '10px sans-serif'
  textAlign = 'start'
  textBaseline = 'alphabetic'
  lineWidth = 1
  globalAlpha = 1
  readonly ops: CanvasOp[] = []

  constructor(readonly canvas: FakeCanvasNode) {}

  fillText(text: string, x: number, y: number) {
    this.ops.push({
      op: 'fillText',
      text: String(text),
      x,
      y,
      font: this.font,
      fillStyle: String(this.fillStyle),
    })
  }

  fillRect(x: number, y: number, w: number, h: number) {
    this.ops.push({ op: 'fillRect', x, y, w, h, fillStyle: String(this.fillStyle) })
  }

  /** A CJK character is a full em wide, anything else half: close to a phone's system font. */
  measureText(text: string) {
    const em = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 10)
    return {
      width: Array.from(String(text)).reduce((w, ch) => w + (ch.charCodeAt(0) < 0x100 ? em / 2 : em), 0),
    }
  }

  drawImage(image: unknown, ...args: number[]) {
    if (!(image instanceof FakeImage) || !image.width)
      throw new TypeError('drawImage: the image is not a loaded canvas image')
    this.ops.push({ op: 'drawImage', src: image.src, args })
  }
}

// Everything else a 2D context has is recorded, so an app using it is not refused, only not drawn.
for (const name of [
  'clearRect',
  'strokeRect',
  'strokeText',
  'beginPath',
  'closePath',
  'moveTo',
  'lineTo',
  'arc',
  'arcTo',
  'rect',
  'fill',
  'stroke',
  'clip',
  'save',
  'restore',
  'scale',
  'rotate',
  'translate',
  'setTransform',
  'quadraticCurveTo',
  'bezierCurveTo',
]) {
  Object.defineProperty(FakeContext2D.prototype, name, {
    value(this: FakeContext2D, ...args: unknown[]) {
      this.ops.push({ op: name, args })
    },
  })
}

export class FakeCanvasNode {
  width = 300
  height = 150
  private context: FakeContext2D | undefined
  readonly images: FakeImage[] = []

  constructor(
    readonly id: string,
    private readonly schedule: (fn: () => void) => void,
  ) {}

  getContext(type: string): FakeContext2D | null {
    if (type !== '2d') return null
    this.context ??= new FakeContext2D(this)
    return this.context
  }

  createImage(): FakeImage {
    const image = new FakeImage(this.schedule)
    this.images.push(image)
    return image
  }

  /** What has been drawn so far (empty before getContext). */
  get ops(): CanvasOp[] {
    return this.context?.ops ?? []
  }

  /** The text drawn, in order. */
  texts(): string[] {
    return this.ops.flatMap((o) => ('text' in o ? [o.text] : []))
  }
}
