import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { journeyStage, stageLabel } from '@/api/contract/rules/journey'
import { MILESTONE_CODES } from '@/api/contract/values'
import { AsyncView } from '@/components/async-view'
import { FilterTabs } from '@/components/filter-tabs'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useJourneys } from '@/features/journey/use-journey'
import { useCareClass } from '@/features/profile/care-mode'
import { EnterpriseCard } from '@/features/profile/enterprise-card'
import { ChatButton } from '@/features/requests/chat-button'
import { byUrgency } from '@/features/requests/due-date'
import { RequestList } from '@/features/requests/request-list'
import { isOpen } from '@/features/requests/request-status'
import { useAllRequests, useRequestUpdates } from '@/features/requests/use-requests'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { useMe } from '@/features/session/use-me'
import { useContacts } from '@/features/visits/use-visits'
import { contactLine } from '@/features/visits/visit-format'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import './index.scss'

const ROLES = ['specialist'] as const
/** '' all; a milestone code: enterprises at that step; 'landed': the journey is complete. */
type StageKey = '' | (typeof MILESTONE_CODES)[number] | 'landed'
const STAGE_KEYS: StageKey[] = ['', ...MILESTONE_CODES, 'landed']

export default function EnterprisesPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const me = useMe()
  const all = useAllRequests()
  const journeys = useJourneys()
  const contacts = useContacts()
  const [stage, setStage] = useState<StageKey>('')
  useRequestUpdates()
  usePullRefresh(() => Promise.all([me.mutate(), all.mutate(), journeys.mutate(), contacts.mutate()]))
  if (!user) return null
  const openOf = (enterpriseId: string) =>
    (all.data ?? [])
      .filter((r) => r.enterpriseId === enterpriseId && isOpen(r))
      .sort((a, b) => byUrgency(a, b))
  const journeyOf = (id: string) => journeys.data?.find((j) => j.enterpriseId === id)
  const stageOf = (id: string): StageKey => {
    const journey = journeyOf(id)
    if (!journey) return ''
    return journey.current ?? 'landed'
  }
  const enterprises = me.data?.enterprises
    ?.filter((e) => !stage || stageOf(e.id) === stage)
    // Furthest behind first: they need the specialist most.
    .sort((a, b) => {
      const ja = journeyOf(a.id)
      const jb = journeyOf(b.id)
      return (ja ? journeyStage(ja) : 99) - (jb ? journeyStage(jb) : 99)
    })
  const count = (key: StageKey) =>
    journeys.data
      ? (me.data?.enterprises ?? []).filter((e) => !key || stageOf(e.id) === key).length
      : undefined
  const tabs = STAGE_KEYS.map((key) => ({
    key,
    label: key === '' ? '全部' : key === 'landed' ? '已落地' : stageLabel({ current: key }),
    count: count(key),
  }))
  const ruleDays = contacts.data?.contactRuleDays ?? 30
  return (
    <View className={rootClass}>
      <PageBanner title="我的企业" subtitle="我服务的企业与其在办申请" />
      <FilterTabs tabs={tabs} value={stage} onChange={setStage} label="按落地阶段筛选" />
      <AsyncView
        data={enterprises}
        error={me.error}
        loading={me.isLoading}
        onRetry={() => void me.mutate()}
        isEmpty={(list) => list.length === 0}
        empty={
          stage
            ? { title: '这个阶段暂无企业', description: '换一个阶段看看' }
            : { title: '暂无分配企业', description: '分配给您的企业会显示在这里' }
        }
      >
        {(list) =>
          list.map((enterprise) => {
            const open = openOf(enterprise.id)
            const journey = journeyOf(enterprise.id)
            const contact = contacts.data?.items.find((c) => c.enterpriseId === enterprise.id)
            return (
              <SectionCard
                key={enterprise.id}
                title={`在办 ${open.length} 件`}
                extra={<ChatButton label="发消息" wanted={[(c) => c.enterpriseId === enterprise.id]} />}
              >
                <EnterpriseCard enterprise={enterprise} />
                <View
                  className="enterprises-page__status"
                  role="link"
                  aria-label={`${enterprise.name}，落地进度与走访`}
                  onClick={() => void go(routes.specialistEnterprise({ id: enterprise.id }))}
                >
                  <View className="enterprises-page__tags">
                    {journey ? (
                      <Text className="enterprises-page__stage">落地阶段：{stageLabel(journey)}</Text>
                    ) : null}
                    {contact?.overdue ? (
                      <Text className="enterprises-page__overdue">超 {ruleDays} 天未联系</Text>
                    ) : null}
                  </View>
                  <Text className="enterprises-page__contact">{contactLine(contact, ruleDays)}</Text>
                  <Text className="enterprises-page__more">落地进度与走访 ›</Text>
                </View>
                <RequestList
                  requests={open}
                  onOpen={(request) => void go(routes.specialistRequest({ id: request.id }))}
                />
              </SectionCard>
            )
          })
        }
      </AsyncView>
      <RoleTabBar role="specialist" current="enterprises" />
    </View>
  )
}
