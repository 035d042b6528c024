import Taro from '@tarojs/taro'

import { ALLOWED_FILE_MIMES, MAX_FILE_BYTES } from '@/api/contract/schemas/file'
import { mimeOf, type LocalFile } from '@/api/endpoints/files'

const ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf'

/** Why a picked file can't go up, checked before any byte is sent; undefined when it may. */
export function rejectReason(file: LocalFile): string | undefined {
  if (!(ALLOWED_FILE_MIMES as readonly string[]).includes(mimeOf(file))) {
    return `「${file.name}」格式不支持，仅支持 jpg、png、pdf`
  }
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1)
    return `「${file.name}」有 ${mb} MB，超过 10 MB 上限，请压缩后再上传`
  }
  return undefined
}

const baseName = (path: string) => path.split('/').pop() ?? path

/** H5: a real file input, so PDFs can be picked too (Taro.chooseImage takes images only). */
function pickOnH5(): Promise<LocalFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = ACCEPT
    input.multiple = true
    input.className = 'attachment-file-input'
    input.style.display = 'none'
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []).map((file) => ({
        path: URL.createObjectURL(file),
        name: file.name,
        size: file.size,
        mime: file.type || undefined,
      }))
      input.remove()
      resolve(files)
    })
    input.addEventListener('cancel', () => {
      input.remove()
      resolve([])
    })
    document.body.appendChild(input)
    input.click()
  })
}

/** WeChat: photos from the album or camera, or PDFs and images from a chat (chooseMessageFile). */
async function pickOnWeapp(): Promise<LocalFile[]> {
  const { tapIndex } = await Taro.showActionSheet({ itemList: ['拍照或从相册选择', '从微信聊天选择文件'] })
  if (tapIndex === 0) {
    const { tempFiles } = await Taro.chooseMedia({ count: 9, mediaType: ['image'], sizeType: ['compressed'] })
    return tempFiles.map((file) => ({
      path: file.tempFilePath,
      name: baseName(file.tempFilePath),
      size: file.size,
    }))
  }
  const { tempFiles } = await Taro.chooseMessageFile({
    count: 9,
    type: 'file',
    extension: ['pdf', 'jpg', 'jpeg', 'png'],
  })
  return tempFiles.map((file) => ({ path: file.path, name: file.name, size: file.size }))
}

/** Lets the user pick files; a cancelled picker is an empty list, not an error. */
export async function pickFiles(): Promise<LocalFile[]> {
  try {
    return process.env.TARO_ENV === 'h5' ? await pickOnH5() : await pickOnWeapp()
  } catch {
    return []
  }
}
