import Taro from '@tarojs/taro'

import type { PosterCanvas } from './poster-device'
import type { PosterImage } from './poster-draw'

// H5 only (Taro picks this over poster-device.ts when TARO_ENV is h5): a browser has no album API,
// so the poster is downloaded as a PNG file.

export type { PosterCanvas } from './poster-device'

/**
 * Taro's H5 <Canvas> is a web component that makes its inner <canvas> (and sizes it) in its first
 * render, after React has mounted it: wait for that, or the query finds no canvas, or the sizing
 * clears the drawing.
 */
export async function whenCanvasMounted(id: string): Promise<void> {
  const element = document.getElementById(id) as
    | (HTMLElement & { componentOnReady?: () => Promise<unknown> })
    | null
  await element?.componentOnReady?.()
}

/**
 * The salon's picture through an <img>. Asked with CORS so the canvas stays exportable; a server that
 * does not allow it fails the load, and the poster is drawn without the picture rather than tainted.
 */
export function loadPosterImage(_canvas: PosterCanvas, src: string): Promise<PosterImage | undefined> {
  return new Promise((resolve) => {
    const image = new Image()
    image.crossOrigin = 'anonymous'
    image.onload = () => resolve(image)
    image.onerror = () => resolve(undefined)
    image.src = src
  })
}

/** 下载海报: the canvas as a PNG data URL, through a link with a download name. */
export async function savePoster(canvas: PosterCanvas, fileName = '沙龙海报.png'): Promise<void> {
  let url: string
  try {
    url = (canvas as unknown as HTMLCanvasElement).toDataURL('image/png')
  } catch {
    void Taro.showToast({ title: '海报导出失败，请重试', icon: 'none' })
    return
  }
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  void Taro.showToast({ title: '海报已下载', icon: 'none' })
}

export const SAVE_LABEL = '下载海报'
