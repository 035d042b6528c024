import { Cell } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { useUnreadNoticeCount } from './use-notices'

import './notice-list.scss'

/** The unread count as a red pill (99+ past 99); nothing when all is read. */
export function NoticeBadge({ count }: { count: number }) {
  if (count <= 0) return null
  return (
    <Text className="notice-badge" aria-label={`${count} 条未读通知`}>
      {count > 99 ? '99+' : String(count)}
    </Text>
  )
}

/** 我的 → 通知, with the unread count; live over the socket. */
export function NoticeEntry() {
  const count = useUnreadNoticeCount()
  return (
    <Cell
      title="申请进度与活动提醒"
      align="center"
      extra={
        <View style={{ display: 'flex', alignItems: 'center', gap: '8px' }}>
          <NoticeBadge count={count} />
          <Text>›</Text>
        </View>
      }
      onClick={() => void go(routes.notices())}
    />
  )
}

/** The 消息 tab's header: a bell with the unread count, opening the notice centre (separate from chat). */
export function NoticeBell() {
  const count = useUnreadNoticeCount()
  return (
    <View
      className="notice-bell"
      role="button"
      aria-label={count > 0 ? `通知，${count} 条未读` : '通知'}
      onClick={() => void go(routes.notices())}
    >
      <View className="notice-bell__icon" aria-hidden />
      <Text>通知</Text>
      <NoticeBadge count={count} />
    </View>
  )
}
