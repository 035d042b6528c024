import Taro from '@tarojs/taro'

import type { PosterImage } from './poster-draw'

// WeChat (the default; poster-device.h5.ts is H5's): the canvas node makes its own images, and the
// poster goes to the phone's album through a temp file.

/** What the page's <Canvas type="2d"> node offers in WeChat (and a browser canvas, for the H5 twin). */
export interface PosterCanvas {
  width: number
  height: number
  getContext(type: '2d'): unknown
  createImage?: () => PosterImage & { src: string; onload: (() => void) | null; onerror: (() => void) | null }
}

/** WeChat has the canvas node once the view has it: nothing to wait for past the next tick. */
export function whenCanvasMounted(_id: string): Promise<void> {
  return Promise.resolve()
}

/** The salon's picture, drawn by the canvas node's own image; a picture that fails leaves it out. */
export function loadPosterImage(canvas: PosterCanvas, src: string): Promise<PosterImage | undefined> {
  return new Promise((resolve) => {
    const image = canvas.createImage?.()
    if (!image) return resolve(undefined)
    image.onload = () => resolve(image)
    image.onerror = () => resolve(undefined)
    image.src = src
  })
}

const DENIED = /auth|deny|denied|permission/i

/**
 * 保存到相册: the canvas as a PNG temp file, then the album. WeChat asks the user the first time; after a
 * refusal it fails at once, so the user is told why and offered 去设置 (openSetting) to allow it.
 */
// The file name is H5's (a download); WeChat's album names the picture itself.
export async function savePoster(canvas: PosterCanvas, _fileName?: string): Promise<void> {
  let filePath: string
  try {
    const file = await Taro.canvasToTempFilePath({
      canvas: canvas as unknown as Taro.Canvas,
      fileType: 'png',
    })
    filePath = file.tempFilePath
  } catch {
    void Taro.showToast({ title: '海报导出失败，请重试', icon: 'none' })
    return
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath })
    void Taro.showToast({ title: '已保存到相册', icon: 'success' })
  } catch (error) {
    const message = (error as { errMsg?: string })?.errMsg ?? ''
    if (/cancel/i.test(message)) return // closed the system sheet: nothing to say
    if (!DENIED.test(message)) {
      void Taro.showToast({ title: '保存失败，请重试', icon: 'none' })
      return
    }
    const { confirm } = await Taro.showModal({
      title: '无法保存到相册',
      content: '你未允许企服管家保存图片到相册。请在设置中打开“添加到相册”，再保存海报。',
      confirmText: '去设置',
      cancelText: '取消',
    })
    if (confirm) await Taro.openSetting().catch(() => undefined)
  }
}

/** The button's words on this platform. */
export const SAVE_LABEL = '保存到相册'
