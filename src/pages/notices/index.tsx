import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro, { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'

import type { Notice } from '@/api/contract/schemas/notice'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { NoticeList } from '@/features/notices/notice-list'
import { noticeTargetUrl } from '@/features/notices/open-notice'
import { useNoticeActions, useNoticeList, useUnreadNoticeCount } from '@/features/notices/use-notices'
import { useCareClass } from '@/features/profile/care-mode'
import { go } from '@/navigation/go'

const EVERYONE = ['owner', 'specialist', 'admin'] as const
// NutUI's types omit `role`, though it passes it on to Taro's button.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

export default function NoticesPage() {
  const user = useRoleGuard(EVERYONE)
  const rootClass = useCareClass('page')
  const list = useNoticeList()
  const unread = useUnreadNoticeCount()
  const { markRead, markAllRead } = useNoticeActions(list)
  const [busy, setBusy] = useState(false)
  usePullRefresh(() => list.mutate())
  // Pages of 20: the next one loads as the user reaches the bottom (the 加载更多 row is the fallback).
  useReachBottom(list.loadMore)
  if (!user) return null

  const open = (notice: Notice) => {
    void markRead(notice)
    void go(noticeTargetUrl(user.role, notice.target))
  }
  const readAll = () => {
    setBusy(true)
    markAllRead()
      .catch(() => void Taro.showToast({ title: '操作失败，请稍后重试', icon: 'none' }))
      .finally(() => setBusy(false))
  }

  return (
    <View className={rootClass}>
      <SectionCard
        title={unread > 0 ? `通知（${unread} 条未读）` : '通知'}
        extra={
          <Button
            size="small"
            fill="none"
            type="primary"
            disabled={unread === 0 || busy}
            // NutUI keeps disabled to a class: say it to screen readers too.
            aria-disabled={unread === 0 || busy}
            onClick={readAll}
            {...BUTTON_ROLE}
          >
            全部已读
          </Button>
        }
      >
        <NoticeList list={list} onOpen={open} />
      </SectionCard>
    </View>
  )
}
