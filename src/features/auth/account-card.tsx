import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import type { Role } from '@/api/contract/schemas/common'
import type { User } from '@/api/contract/schemas/enterprise'
import { isMockMode } from '@/api/http/http-client'
import { useSessionStore } from '@/stores/session-store'
import { avatarText } from '@/utils/avatar-text'

import { LOGIN_PAGE } from './role-routes'

import './account-card.scss'

const ROLE_NAME: Record<Role, string> = { owner: '企业主', specialist: '专员', admin: '管理员' }

function roleLabel(user: User): string {
  if (user.role === 'specialist') return user.kind === 'liaison' ? '联络专员' : '服务专员'
  return ROLE_NAME[user.role]
}

interface AccountCardProps {
  user: User
  subtitle?: string
}

/**
 * Who is logged in, with log out; in mock mode also 切换账号, which opens the demo list and keeps this
 * session until another account is picked.
 */
export function AccountCard({ user, subtitle }: AccountCardProps) {
  // Ending the session is enough: the session wiring takes the user to login.
  const logOut = useSessionStore((state) => state.logOut)
  return (
    <View className="account-card">
      <View className="account-card__who">
        <View className={`account-card__avatar account-card__avatar--${user.role}`}>
          <Text>{avatarText(user.name)}</Text>
        </View>
        <View className="account-card__text">
          <Text className="account-card__name">{user.name}</Text>
          <Text className="account-card__sub">
            {subtitle ? `${roleLabel(user)} · ${subtitle}` : roleLabel(user)}
          </Text>
        </View>
      </View>
      <View className="account-card__actions">
        {isMockMode ? (
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: LOGIN_PAGE })}
          >
            切换账号
          </Button>
        ) : null}
        <Button size="small" fill="outline" onClick={logOut}>
          退出登录
        </Button>
      </View>
    </View>
  )
}
