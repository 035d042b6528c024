import Taro from '@tarojs/taro'

import type { FileRef } from '@/api/contract/schemas/file'
import { apiOrigin } from '@/api/http/http-client'
import { notifyError } from '@/components/notify'

/** FileRef urls are paths on the API origin; the phone needs the whole address. */
export const fileUrl = (file: FileRef) => (/^https?:/.test(file.url) ? file.url : `${apiOrigin()}${file.url}`)

/**
 * Opens an attachment the way each platform can: images in the image viewer, PDFs downloaded and
 * handed to WeChat's document viewer, or a new tab on H5.
 */
export async function openFile(file: FileRef): Promise<void> {
  const url = fileUrl(file)
  try {
    if (process.env.TARO_ENV === 'h5') {
      window.open(url, '_blank')
      return
    }
    if (file.mime.startsWith('image/')) {
      await Taro.previewImage({ urls: [url], current: url })
      return
    }
    const { tempFilePath } = await Taro.downloadFile({ url })
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
  } catch (error) {
    notifyError(error)
  }
}
