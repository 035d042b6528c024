import { Loading } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { DemoAccount } from '@/api/contract/schemas/auth'
import type { Role } from '@/api/contract/schemas/common'
import { avatarText } from '@/utils/avatar-text'

import './demo-account-list.scss'

interface DemoAccountListProps {
  accounts: DemoAccount[]
  pending: string | null
  onPick: (userId: string) => void
}

const GROUPS: { role: Role; title: string }[] = [
  { role: 'owner', title: '企业主' },
  { role: 'specialist', title: '专员' },
  { role: 'admin', title: '管理员' },
]

function subtitle(account: DemoAccount): string {
  if (account.role === 'owner') return account.enterpriseName ?? '企业主'
  if (account.role === 'specialist') return account.kind === 'liaison' ? '联络专员' : '服务专员'
  return '服务中心管理员'
}

/**
 * The demo accounts by role; one tap logs in. The role switch is a plain segmented row: NutUI's Tabs
 * measure their titles with a selector query, which throws when login navigates away mid-measure.
 */
export function DemoAccountList({ accounts, pending, onPick }: DemoAccountListProps) {
  const [role, setRole] = useState<Role>('owner')
  const members = accounts.filter((account) => account.role === role)
  return (
    <View className="demo-accounts">
      <View className="demo-accounts__tabs" role="tablist">
        {GROUPS.map((group) => (
          <View
            key={group.role}
            role="tab"
            aria-selected={group.role === role}
            className={`demo-accounts__tab ${group.role === role ? 'demo-accounts__tab--active' : ''}`}
            onClick={() => setRole(group.role)}
          >
            {group.title} {accounts.filter((account) => account.role === group.role).length}
          </View>
        ))}
      </View>
      {members.map((account) => (
        <View
          key={account.userId}
          className="demo-accounts__row"
          role="button"
          aria-label={`${account.name}，${subtitle(account)}`}
          aria-busy={pending === account.userId}
          hoverClass="demo-accounts__row--pressed"
          onClick={() => onPick(account.userId)}
        >
          <View className={`demo-accounts__avatar demo-accounts__avatar--${role}`}>
            <Text>{avatarText(account.name)}</Text>
          </View>
          <View className="demo-accounts__text">
            <Text className="demo-accounts__name">{account.name}</Text>
            <Text className="demo-accounts__sub">{subtitle(account)}</Text>
          </View>
          {pending === account.userId ? (
            <Loading type="circular" />
          ) : (
            <Text className="demo-accounts__go">登录</Text>
          )}
        </View>
      ))}
    </View>
  )
}
