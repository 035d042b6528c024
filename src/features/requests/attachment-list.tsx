import { Button, Progress } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import { UPLOAD_HINT } from '@/api/contract/rules/uploads'

import type { Attachments } from './use-attachments'

import './attachment-list.scss'

/** The picker button, each file with its progress, retry and remove, and why a file was refused. */
export function AttachmentList({ attachments, hint }: { attachments: Attachments; hint?: string }) {
  const { items, rejected, pick, retry, remove } = attachments
  return (
    <View className="attachment-list">
      {items.map((item) => (
        <View key={item.key} className={`attachment-list__item is-${item.status}`}>
          <View className="attachment-list__row">
            <Text className="attachment-list__name">{item.name}</Text>
            <Text className="attachment-list__state">
              {item.status === 'uploading'
                ? `上传中 ${item.progress}%`
                : item.status === 'done'
                  ? '已上传'
                  : '上传失败'}
            </Text>
          </View>
          {item.status === 'uploading' ? <Progress percent={item.progress} showText={false} /> : null}
          {item.error ? <Text className="attachment-list__error">{item.error}</Text> : null}
          <View className="attachment-list__ops">
            {item.status === 'failed' ? (
              <Text className="attachment-list__op" onClick={() => retry(item.key)}>
                重试
              </Text>
            ) : null}
            <Text className="attachment-list__op is-danger" onClick={() => remove(item.key)}>
              移除
            </Text>
          </View>
        </View>
      ))}
      {rejected.map((reason) => (
        <View key={reason} className="attachment-list__rejected" role="alert">
          {reason}
        </View>
      ))}
      <Button size="small" fill="outline" type="primary" onClick={() => void pick()}>
        添加附件
      </Button>
      <Text className="attachment-list__hint">{hint ?? UPLOAD_HINT}</Text>
    </View>
  )
}
