import { Button, Input } from '@nutui/nutui-react-taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { useQuickReplyStore } from '@/stores/quick-reply-store'

import './chat-panels.scss'

/** 常用语: tap one to put it in the input; 编辑 adds and removes them (kept on the phone). */
export function QuickReplies({ onPick }: { onPick: (text: string) => void }) {
  const { replies, add, remove } = useQuickReplyStore()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  return (
    <View className="chat-panel">
      <View className="chat-panel__head">
        <Text className="chat-panel__title">常用语</Text>
        <Text className="chat-panel__link" onClick={() => setEditing(!editing)}>
          {editing ? '完成' : '编辑'}
        </Text>
      </View>
      <ScrollView scrollY className="chat-panel__list">
        {replies.map((reply, index) => (
          <View key={reply} className="chat-panel__row" onClick={() => !editing && onPick(reply)}>
            <Text className="chat-panel__text">{reply}</Text>
            {editing ? (
              <Text className="chat-panel__remove" onClick={() => remove(index)}>
                删除
              </Text>
            ) : null}
          </View>
        ))}
      </ScrollView>
      {editing ? (
        <View className="chat-panel__add">
          <Input value={draft} onChange={setDraft} placeholder="新增常用语" maxLength={200} />
          <Button
            size="small"
            type="primary"
            disabled={!draft.trim()}
            onClick={() => {
              add(draft)
              setDraft('')
            }}
          >
            添加
          </Button>
        </View>
      ) : null}
    </View>
  )
}
