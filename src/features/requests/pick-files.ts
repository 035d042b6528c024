import Taro from '@tarojs/taro'

import { FILE_ACCEPT, uploadProblem } from '@/api/contract/rules/uploads'
import type { LocalFile } from '@/api/endpoints/files'

/** Why a picked file can't go up, checked before any byte is sent (the backend's words); undefined when it may. */
export const rejectReason = (file: LocalFile): string | undefined => uploadProblem(file)?.message

const baseName = (path: string) => path.split('/').pop() ?? path

/** H5: a real file input, so PDFs can be picked too (Taro.chooseImage takes images only). */
function pickOnH5(): Promise<LocalFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = FILE_ACCEPT
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
  // 'all', not 'file': WeChat's 'file' offers everything but pictures and videos (and its extension
  // filter works only there), so a photo someone sent in a chat could not be picked. Whatever is not
  // jpg, png or pdf is refused before upload with the contract's message (rejectReason).
  const { tempFiles } = await Taro.chooseMessageFile({ count: 9, type: 'all' })
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
