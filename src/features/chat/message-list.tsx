import { ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useRef } from 'react'

import { previewImage } from '@/utils/preview-image'

import { fileUrl, needsSeparator } from './chat-format'
import { MessageRow } from './message-row'
import type { ChatItem } from './use-chat-room'
import { useRenderWindow } from './use-render-window'
import { useScrollAnchor } from './use-scroll-anchor'

import './message-list.scss'

interface MessageListProps {
  items: ChatItem[]
  userId: string
  peerReadSeq: number
  hasOlder: boolean
  loadOlder: () => Promise<void>
}

/** Distance from an end of the list at which the next part loads (px). */
const EDGE = 80
/** H5 keeps the reading position itself (use-scroll-anchor); WeChat's scroll-into-view does it there. */
const ANCHORED = process.env.TARO_ENV === 'h5'

let windowHeight = 0
/** The page minus the input bar: enough to tell "at the bottom" without measuring every scroll. */
const viewHeight = () => {
  windowHeight ||= Taro.getSystemInfoSync().windowHeight
  return windowHeight - 60
}

/** The conversation: a bounded window of messages with time separators, history on scroll-up, the pill. */
export function MessageList({ items, userId, peerReadSeq, hasOlder, loadOlder }: MessageListProps) {
  const view = useRenderWindow(items, userId, hasOlder, loadOlder, ANCHORED)
  const anchor = useScrollAnchor(ANCHORED)
  const shown = items.slice(view.start, view.end)
  // Read at tap time, so the callback never changes and no row renders again because of it.
  const shownRef = useRef(shown)
  shownRef.current = shown
  const preview = useCallback((current: string) => {
    const urls = shownRef.current
      .filter((item) => item.type === 'image' && item.body)
      .map((item) => fileUrl(item.body))
    void previewImage({ current, urls: urls.length ? urls : [current] })
  }, [])
  return (
    <View className="message-list">
      <ScrollView
        className="message-list__scroll"
        // H5: the scroll view's own element, for the anchor; WeChat gives no element and none is read.
        ref={anchor.scroller as never}
        scrollY
        scrollTop={view.scroll.top}
        scrollIntoView={view.scroll.intoView}
        upperThreshold={EDGE}
        lowerThreshold={EDGE}
        // H5's scroll view reports the ends through a 200 ms throttle that fires late: history waited
        // for it at the top. There the ends are read from each scroll event instead.
        onScrollToUpper={ANCHORED ? undefined : view.onUpper}
        onScrollToLower={ANCHORED ? undefined : view.onLower}
        onScroll={(event) => {
          const { scrollTop, scrollHeight } = event.detail
          const height = anchor.scroller.current?.clientHeight ?? viewHeight()
          view.onScroll(scrollTop, scrollHeight, ANCHORED ? height : viewHeight())
          if (!ANCHORED) return
          anchor.record()
          if (scrollTop <= EDGE) view.onUpper()
          else if (scrollHeight - scrollTop - height <= EDGE) view.onLower()
        }}
      >
        {/* Always there, one line whatever the window: rows keep their place when the window moves. */}
        <Text className="message-list__edge">
          {hasOlder || view.start > 0 ? '上滑加载更早的消息' : '没有更早的消息了'}
        </Text>
        {shown.map((item, index) => (
          <MessageRow
            key={item.key}
            item={item}
            mine={item.senderId === userId}
            read={item.seq !== undefined && item.seq <= peerReadSeq}
            // From the whole list, not the window: sliding the window must not change a row.
            separator={needsSeparator(items[view.start + index - 1], item)}
            onPreview={preview}
          />
        ))}
      </ScrollView>
      {view.unseen > 0 ? (
        <View className="message-list__pill" onClick={view.toBottom}>
          <Text>{view.unseen} 条新消息 ↓</Text>
        </View>
      ) : null}
    </View>
  )
}
