// A 2D context that records what is drawn, for the poster's unit and component tests: text with its
// place and font, rectangles with their colour, images. measureText counts a CJK character as a full
// em and anything else as half, which is close to what a phone's fonts do.
import type { PosterContext } from '@/features/salons/poster/poster-draw'

export type Drawn =
  | { op: 'text'; text: string; x: number; y: number; font: string; fill: string }
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: string }
  | { op: 'image'; image: unknown; args: number[] }

export class RecordingContext implements PosterContext {
  fillStyle: string = '#000000'
  font = '10px sans-serif'
  textAlign = 'start'
  textBaseline = 'alphabetic'
  readonly drawn: Drawn[] = []

  fillRect(x: number, y: number, w: number, h: number) {
    this.drawn.push({ op: 'rect', x, y, w, h, fill: String(this.fillStyle) })
  }

  fillText(text: string, x: number, y: number) {
    this.drawn.push({ op: 'text', text, x, y, font: this.font, fill: String(this.fillStyle) })
  }

  measureText(text: string) {
    const em = Number(/(\d+)px/.exec(this.font)?.[1] ?? 10)
    const width = Array.from(text).reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x100 ? em / 2 : em), 0)
    return { width }
  }

  drawImage(image: unknown, ...args: number[]) {
    this.drawn.push({ op: 'image', image, args })
  }

  texts() {
    return this.drawn.filter((d): d is Extract<Drawn, { op: 'text' }> => d.op === 'text')
  }

  rects(fill?: string) {
    return this.drawn.filter(
      (d): d is Extract<Drawn, { op: 'rect' }> => d.op === 'rect' && (fill === undefined || d.fill === fill),
    )
  }
}
