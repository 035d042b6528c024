import { Cell, Loading, Tabs, Tag } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { DemoAccount } from '@/api/schemas/auth'
import type { Role } from '@/api/schemas/common'

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

/** The demo accounts by role; one tap logs in. */
export function DemoAccountList({ accounts, pending, onPick }: DemoAccountListProps) {
  const [tab, setTab] = useState<string | number>('owner')
  return (
    <Tabs value={tab} onChange={setTab} activeType="line" className="demo-accounts">
      {GROUPS.map(({ role, title }) => {
        const members = accounts.filter((account) => account.role === role)
        return (
          <Tabs.TabPane key={role} value={role} title={`${title} ${members.length}`}>
            {members.map((account) => (
              <Cell
                key={account.userId}
                className="demo-accounts__row"
                clickable
                onClick={() => onPick(account.userId)}
                title={
                  <View className="demo-accounts__who">
                    <View className={`demo-accounts__avatar demo-accounts__avatar--${role}`}>
                      <Text>{account.name.slice(0, 1)}</Text>
                    </View>
                    <View className="demo-accounts__text">
                      <Text className="demo-accounts__name">{account.name}</Text>
                      <Text className="demo-accounts__sub">{subtitle(account)}</Text>
                    </View>
                  </View>
                }
                extra={
                  pending === account.userId ? (
                    <Loading type="circular" />
                  ) : (
                    <Tag type="primary" plain>
                      登录
                    </Tag>
                  )
                }
              />
            ))}
          </Tabs.TabPane>
        )
      })}
    </Tabs>
  )
}
