import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { FILE_TOO_LARGE_MESSAGE } from '@/api/contract/rules/uploads'
import { MAX_FILE_BYTES } from '@/api/contract/values'
import { useChatStore } from '@/stores/chat-store'

import { QuickReplies } from './quick-replies'
import { RequestPicker } from './request-picker'

import './chat-input-bar.scss'

type Panel = 'tools' | 'requests' | 'quick' | null

interface ChatInputBarProps {
  conversationId: string
  enterpriseId?: string
  /** Specialists get 常用语. */
  quickReplies: boolean
}

async function pickImage(): Promise<{ path: string; name: string; size: number } | undefined> {
  try {
    const result = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] })
    const file = result.tempFiles[0]
    if (!file) return undefined
    const original = (file as { originalFileObj?: { name?: string } }).originalFileObj
    return {
      path: file.path,
      name: original?.name ?? file.path.split('/').pop() ?? 'image.jpg',
      size: file.size,
    }
  } catch {
    return undefined // the user closed the picker
  }
}

/**
 * Text, image, request card and (specialists) 常用语. WeChat's own page push is off: the bar moves up by
 * the keyboard's height instead, so the messages above stay where they were; the safe area is padding.
 */
export function ChatInputBar({ conversationId, enterpriseId, quickReplies }: ChatInputBarProps) {
  const [text, setText] = useState('')
  const [panel, setPanel] = useState<Panel>(null)
  const [keyboard, setKeyboard] = useState(0)
  const send = useChatStore((state) => state.send)
  const sendImage = useChatStore((state) => state.sendImage)

  const sendText = () => {
    const body = text.trim()
    if (!body) return
    send(conversationId, 'text', body.slice(0, 2000))
    setText('')
  }
  const chooseImage = async () => {
    setPanel(null)
    const file = await pickImage()
    if (!file) return
    // The contract's own limit and words, so chat and the request form refuse a file alike.
    if (file.size > MAX_FILE_BYTES) {
      void Taro.showToast({ title: FILE_TOO_LARGE_MESSAGE, icon: 'none' })
      return
    }
    sendImage(conversationId, file)
  }

  return (
    <View className="chat-input-bar" style={{ paddingBottom: keyboard ? `${keyboard}px` : undefined }}>
      <View className="chat-input-bar__row">
        <Input
          className="chat-input-bar__input"
          value={text}
          placeholder="输入消息"
          confirmType="send"
          maxlength={2000}
          adjustPosition={false}
          onInput={(event) => setText(event.detail.value)}
          onConfirm={sendText}
          onFocus={() => setPanel(null)}
          onKeyboardHeightChange={(event) => setKeyboard(event.detail.height)}
        />
        {text.trim() ? (
          <Button className="chat-input-bar__send" onClick={sendText}>
            发送
          </Button>
        ) : (
          <Text className="chat-input-bar__plus" onClick={() => setPanel(panel ? null : 'tools')}>
            ＋
          </Text>
        )}
      </View>
      {panel === 'tools' ? (
        <View className="chat-input-bar__tools">
          <Text className="chat-input-bar__tool" onClick={() => void chooseImage()}>
            图片
          </Text>
          {enterpriseId ? (
            <Text className="chat-input-bar__tool" onClick={() => setPanel('requests')}>
              服务申请
            </Text>
          ) : null}
          {quickReplies ? (
            <Text className="chat-input-bar__tool" onClick={() => setPanel('quick')}>
              常用语
            </Text>
          ) : null}
        </View>
      ) : null}
      {panel === 'requests' && enterpriseId ? (
        <RequestPicker
          enterpriseId={enterpriseId}
          onPick={(id) => {
            send(conversationId, 'request_card', id)
            setPanel(null)
          }}
        />
      ) : null}
      {panel === 'quick' ? (
        <QuickReplies
          onPick={(reply) => {
            setText(reply)
            setPanel(null)
          }}
        />
      ) : null}
    </View>
  )
}
