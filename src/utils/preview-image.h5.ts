import type Taro from '@tarojs/taro'

/**
 * H5: Taro's previewImage draws its viewer with Taro's Swiper (~160 KB of JS), which the chat and the
 * request pages would otherwise carry whether or not an image is opened; it loads the first time one
 * is. (WeChat's version of this file calls the native viewer.)
 */
export async function previewImage(options: Taro.previewImage.Option): Promise<TaroGeneral.CallbackResult> {
  const viewer = await import(
    /* webpackChunkName: "preview-image" */ '@tarojs/taro-h5/dist/api/media/image/previewImage.js'
  )
  return viewer.previewImage(options)
}
