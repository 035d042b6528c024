import { Button } from '@nutui/nutui-react-taro'
import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { uploadProblem } from '@/api/contract/rules/uploads'
import type { FileRef } from '@/api/contract/schemas/file'
import { uploadFile } from '@/api/endpoints/files'
import { toApiError } from '@/api/http/api-error'
import { notifyError } from '@/components/notify'

import { posterSrc } from './salon-links'

interface PosterFieldProps {
  value?: FileRef
  onChange: (poster: FileRef | undefined) => void
}

const baseName = (path: string) => path.split('/').pop() ?? path

/** 海报: one image through the app's upload path (POST /files); the salon keeps the FileRef. */
export function PosterField({ value, onChange }: PosterFieldProps) {
  const [busy, setBusy] = useState(false)
  const src = value ? posterSrc({ poster: value }) : undefined

  async function pick() {
    let picked: { path: string; size: number; name: string } | undefined
    try {
      const { tempFiles } = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] })
      const file = tempFiles[0] as (typeof tempFiles)[number] & { originalFileObj?: File }
      if (file)
        picked = { path: file.path, size: file.size, name: file.originalFileObj?.name ?? baseName(file.path) }
    } catch {
      return // The picker was closed: nothing to do.
    }
    if (!picked) return
    const problem = uploadProblem({ ...picked, mime: undefined })
    if (problem || !/\.(png|jpe?g)$/i.test(picked.name)) {
      void Taro.showToast({ title: problem?.message ?? '海报须为 jpg 或 png 图片', icon: 'none' })
      return
    }
    setBusy(true)
    try {
      onChange(await uploadFile(picked))
    } catch (error) {
      notifyError(toApiError(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="salon-program-editor__poster">
      {src ? (
        <View className="salon-program-editor__poster-box" role="img" aria-label="海报预览">
          <Image
            className="salon-program-editor__poster-image"
            src={src}
            mode="aspectFill"
            aria-hidden
            nativeProps={{ alt: '' }}
          />
        </View>
      ) : null}
      <View className="salon-program-editor__poster-actions">
        <Button size="small" loading={busy} disabled={busy} onClick={() => void pick()}>
          {value ? '更换海报' : '上传海报'}
        </Button>
        {value ? (
          <Button size="small" fill="none" onClick={() => onChange(undefined)}>
            移除
          </Button>
        ) : null}
      </View>
    </View>
  )
}
