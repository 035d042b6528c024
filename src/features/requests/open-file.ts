import Taro from '@tarojs/taro'

import type { FileRef } from '@/api/contract/schemas/file'
import { apiOrigin, authorizationHeader } from '@/api/http/http-client'
import { notifyError } from '@/components/notify'
import { previewImage } from '@/utils/preview-image'

/**
 * FileRef urls are signed paths on the API origin (they load without a token until urlExpiresAt);
 * the phone needs the whole address.
 */
export const fileUrl = (file: FileRef) => (/^https?:/.test(file.url) ? file.url : `${apiOrigin()}${file.url}`)

/** A url past (or within a minute of) its expiry: a draft's attachment kept for days. */
const expired = (file: FileRef) =>
  file.urlExpiresAt !== undefined && Date.parse(file.urlExpiresAt) <= Date.now() + 60_000

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
    if (file.mime.startsWith('image/') && !expired(file)) {
      await previewImage({ urls: [url], current: url })
      return
    }
    // The download carries the token too, so a file opens even when its signed url has expired.
    const { tempFilePath } = await Taro.downloadFile({ url, header: authorizationHeader() })
    if (file.mime.startsWith('image/')) {
      await previewImage({ urls: [tempFilePath], current: tempFilePath })
      return
    }
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true })
  } catch (error) {
    notifyError(error)
  }
}
