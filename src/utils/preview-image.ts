import Taro from '@tarojs/taro'

/**
 * Opens images full screen: WeChat draws its own viewer. H5 has its own version of this file
 * (preview-image.h5.ts), which Taro picks for the H5 build.
 */
export function previewImage(options: Taro.previewImage.Option): Promise<TaroGeneral.CallbackResult> {
  return Taro.previewImage(options)
}
