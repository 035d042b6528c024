import { Text, View } from '@tarojs/components'

import type { Notice } from '@/api/contract/schemas/notice'
import { AsyncView } from '@/components/async-view'

import { NOTICE_KIND_LABELS, noticeTime } from './notice-labels'
import type { useNoticeList } from './use-notices'

import './notice-list.scss'

interface NoticeListProps {
  list: ReturnType<typeof useNoticeList>
  onOpen: (notice: Notice) => void
}

/** The notice centre's rows: unread ones marked with a dot and in bold; a tap opens the object. */
export function NoticeList({ list, onOpen }: NoticeListProps) {
  return (
    <AsyncView
      data={list.items}
      error={list.error}
      loading={list.isLoading}
      onRetry={() => void list.mutate()}
      isEmpty={(items) => items.length === 0}
      empty={{ title: '暂无通知', description: '申请进度、报名结果和活动提醒会出现在这里' }}
    >
      {(items) => (
        <>
          <View role="list" aria-label="通知列表">
            {items.map((notice) => (
              <View
                key={notice.id}
                role="listitem"
                className={`notice-row${notice.readAt ? '' : ' notice-row--unread'}`}
                onClick={() => onOpen(notice)}
                aria-label={`${notice.readAt ? '' : '未读，'}${notice.title}`}
              >
                <View className="notice-row__head">
                  {notice.readAt ? null : <View className="notice-row__dot" aria-hidden />}
                  <Text className="notice-row__title">{notice.title}</Text>
                  <Text className="notice-row__time">{noticeTime(notice.createdAt)}</Text>
                </View>
                <View className="notice-row__body">{notice.body}</View>
                <Text className="notice-row__kind">{NOTICE_KIND_LABELS[notice.kind]}</Text>
              </View>
            ))}
          </View>
          {list.hasMore ? (
            <View className="notice-list__more" role="button" onClick={list.loadMore}>
              {list.isValidating ? '加载中…' : '加载更多'}
            </View>
          ) : (
            <View className="notice-list__more">没有更多了</View>
          )}
        </>
      )}
    </AsyncView>
  )
}
