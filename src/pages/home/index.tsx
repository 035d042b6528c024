import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { openChatWith } from '@/features/chat/open-chat'
import { JourneyCard } from '@/features/journey/journey-card'
import { NextStep } from '@/features/journey/next-step'
import { useCareClass } from '@/features/profile/care-mode'
import { EnterpriseCard } from '@/features/profile/enterprise-card'
import { SpecialistPair } from '@/features/profile/specialist-pair'
import { InProgressCard, TodoCard } from '@/features/requests/in-progress-card'
import { isOpen } from '@/features/requests/request-status'
import { useAllRequests } from '@/features/requests/use-requests'
import { useMe } from '@/features/session/use-me'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import './index.scss'

const OWNER = ['owner'] as const

export default function HomePage() {
  const user = useRoleGuard(OWNER)
  const rootClass = useCareClass('home')
  const me = useMe()
  const all = useAllRequests()
  usePullRefresh(() => me.mutate())
  if (!user) return null
  const serviceSpecialist = me.data?.specialists?.find((s) => s.kind === 'service')
  const openRequestOf = (serviceType: string | undefined) =>
    serviceType ? all.data?.find((r) => r.serviceType === serviceType && isOpen(r))?.id : undefined

  return (
    <View className={rootClass}>
      <View className="home__hero">
        <View className="home__greeting">您好，{user.name}</View>
        <View className="home__slogan">一个专员、一跟到底：注册、开户、税务、选址，都交给我们</View>
      </View>
      {/* What the owner has to do comes before everything else. */}
      <TodoCard />
      {/* Where the enterprise is on its way to opening, and the one thing to do next. */}
      <JourneyCard
        enterpriseId={me.data?.enterprise?.id}
        currentAction={(milestone) => (
          <NextStep
            milestone={milestone}
            openRequestId={openRequestOf(milestone.serviceType)}
            onAsk={(step) =>
              step.serviceType
                ? void go(routes.requestNew({ type: step.serviceType }))
                : serviceSpecialist && void openChatWith(serviceSpecialist.id)
            }
            onOpenRequest={(id) => void go(routes.requestDetail({ id }))}
          />
        )}
      />
      <AsyncView query={me} empty={{ title: '' }} skeletonCards={2}>
        {(profile) => (
          <>
            {profile.enterprise ? (
              <SectionCard title="我的企业">
                <EnterpriseCard enterprise={profile.enterprise} />
              </SectionCard>
            ) : null}
            <SectionCard title="我的双专员">
              <SpecialistPair
                specialists={profile.specialists ?? []}
                onChat={(id) => void openChatWith(id)}
              />
            </SectionCard>
          </>
        )}
      </AsyncView>
      <InProgressCard />
    </View>
  )
}
