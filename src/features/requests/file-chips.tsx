import { Text, View } from '@tarojs/components'

import type { FileRef } from '@/api/contract/schemas/file'

import { openFile } from './open-file'

import './file-chips.scss'

/** Attachments as tappable chips: tap to open. */
export function FileChips({ files }: { files: FileRef[] }) {
  if (!files.length) return null
  return (
    <View className="file-chips">
      {files.map((file) => (
        <View key={file.id} className="file-chips__item" onClick={() => void openFile(file)}>
          <Text className="file-chips__kind">{file.mime === 'application/pdf' ? 'PDF' : '图片'}</Text>
          <Text className="file-chips__name">{file.name}</Text>
        </View>
      ))}
    </View>
  )
}
