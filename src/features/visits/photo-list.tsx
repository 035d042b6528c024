import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import './photo-list.scss'

/** What the page's upload hook (features/requests/use-attachments: the app's one upload path) gives. */
export interface PhotoUploads {
  items: {
    key: string
    name: string
    status: 'uploading' | 'done' | 'failed'
    progress: number
    error?: string
  }[]
  rejected: string[]
  pick: () => Promise<void>
  retry: (key: string) => void
  remove: (key: string) => void
}

/**
 * The visit's photos with progress, retry and remove. A light list of its own (plain views and the
 * button the main package already has) so the field package does not carry the request form's kit.
 */
export function PhotoList({ uploads, hint }: { uploads: PhotoUploads; hint: string }) {
  return (
    <View className="photo-list">
      {uploads.items.map((item) => (
        <View key={item.key} className={`photo-list__item is-${item.status}`}>
          <Text className="photo-list__name">{item.name}</Text>
          <Text className="photo-list__state">
            {item.status === 'uploading'
              ? `上传中 ${item.progress}%`
              : item.status === 'done'
                ? '已上传'
                : '上传失败'}
          </Text>
          {item.status === 'uploading' ? (
            <View className="photo-list__bar">
              <View className="photo-list__fill" style={{ width: `${item.progress}%` }} />
            </View>
          ) : null}
          {item.error ? <Text className="photo-list__error">{item.error}</Text> : null}
          <View className="photo-list__ops">
            {item.status === 'failed' ? (
              <View className="photo-list__op" role="button" onClick={() => uploads.retry(item.key)}>
                重试
              </View>
            ) : null}
            <View className="photo-list__op is-danger" role="button" onClick={() => uploads.remove(item.key)}>
              移除
            </View>
          </View>
        </View>
      ))}
      {uploads.rejected.map((reason) => (
        <View key={reason} className="photo-list__error" role="alert">
          {reason}
        </View>
      ))}
      <Button size="small" fill="outline" type="primary" onClick={() => void uploads.pick()}>
        添加照片
      </Button>
      <Text className="photo-list__hint">{hint}</Text>
    </View>
  )
}
