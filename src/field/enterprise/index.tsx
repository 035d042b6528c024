import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { JourneyCard } from '@/features/journey/journey-card'
import { MarkMilestone } from '@/features/journey/mark-milestone'
import { useJourney } from '@/features/journey/use-journey'
import { useCareClass } from '@/features/profile/care-mode'
import { EnterpriseCard } from '@/features/profile/enterprise-card'
import { useServiceTypes } from '@/features/requests/use-requests'
import { useMe } from '@/features/session/use-me'
import { RaiseChooser } from '@/features/visits/raise-chooser'
import { useContacts, useEnterpriseVisits } from '@/features/visits/use-visits'
import { VisitCard } from '@/features/visits/visit-card'
import { contactLine } from '@/features/visits/visit-format'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { usePageParams } from '@/navigation/use-page-params'

import './index.scss'

const ROLES = ['specialist'] as const

/** One enterprise for its specialist: the journey (and what to do about its step), contact, visits. */
export default function SpecialistEnterprisePage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const { id } = usePageParams('specialistEnterprise')
  const me = useMe()
  const visits = useEnterpriseVisits(id)
  const contacts = useContacts()
  const journey = useJourney(id)
  const types = useServiceTypes()
  // The problem being raised: its card opens the service chooser under it.
  const [raising, setRaising] = useState<{ visitId: string; problemId: string }>()
  usePullRefresh(() => Promise.all([visits.mutate(), contacts.mutate(), journey.mutate()]))
  if (!user) return null
  const enterprise = me.data?.enterprises?.find((e) => e.id === id)
  const contact = contacts.data?.items.find((c) => c.enterpriseId === id)
  const ruleDays = contacts.data?.contactRuleDays ?? 30
  return (
    <View className={rootClass}>
      <PageBanner title={enterprise?.name ?? '企业详情'} subtitle="落地进度、走访与代办" />
      {enterprise ? (
        <SectionCard title="企业信息">
          <EnterpriseCard enterprise={enterprise} />
          {contact ? (
            <Text className={`enterprise-page__contact${contact.overdue ? ' is-overdue' : ''}`}>
              {contactLine(contact, ruleDays)}
            </Text>
          ) : null}
        </SectionCard>
      ) : null}
      {id ? (
        <JourneyCard
          enterpriseId={id}
          showNotes
          currentAction={(milestone) => (
            <MarkMilestone enterpriseId={id} milestone={milestone}>
              {milestone.serviceType ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() =>
                    void go(routes.requestNew({ enterpriseId: id, type: milestone.serviceType }))
                  }
                >
                  代为发起{milestone.label}
                </Button>
              ) : null}
            </MarkMilestone>
          )}
        />
      ) : null}
      <SectionCard
        title="走访记录"
        extra={
          <View className="enterprise-page__ops">
            <Button
              size="small"
              fill="outline"
              type="primary"
              onClick={() => id && void go(routes.visitForm({ enterpriseId: id, mode: 'planned' }))}
            >
              计划走访
            </Button>
            <Button
              size="small"
              type="primary"
              onClick={() => id && void go(routes.visitForm({ enterpriseId: id }))}
            >
              记录走访
            </Button>
          </View>
        }
      >
        <AsyncView
          data={visits.items}
          error={visits.error}
          loading={visits.isLoading}
          onRetry={() => void visits.mutate()}
          isEmpty={(list) => list.length === 0}
          empty={{ title: '还没有走访记录', description: '主动走访，了解企业的急难愁盼' }}
        >
          {(list) => (
            <>
              {list.map((visit) => (
                <VisitCard
                  key={visit.id}
                  visit={visit}
                  onEdit={
                    visit.specialistId === user.id
                      ? (v) =>
                          void go(
                            routes.visitForm({
                              enterpriseId: v.enterpriseId,
                              id: v.id,
                              mode: v.status === 'planned' ? 'done' : undefined,
                            }),
                          )
                      : undefined
                  }
                  onRaise={(v, problem) => setRaising({ visitId: v.id, problemId: problem.id })}
                  chooserFor={raising?.visitId === visit.id ? raising.problemId : undefined}
                  chooser={(() => {
                    const problem = visit.problems.find((p) => p.id === raising?.problemId)
                    return problem ? (
                      <RaiseChooser
                        problem={problem}
                        types={types.data ?? []}
                        onCancel={() => setRaising(undefined)}
                        onPick={(type) => {
                          setRaising(undefined)
                          void go(
                            routes.requestNew({
                              enterpriseId: visit.enterpriseId,
                              visitId: visit.id,
                              problemId: problem.id,
                              type,
                            }),
                          )
                        }}
                      />
                    ) : null
                  })()}
                  onOpenRequest={(requestId) => void go(routes.specialistRequest({ id: requestId }))}
                />
              ))}
              {visits.hasMore ? (
                <Button block fill="none" loading={visits.loadingMore} onClick={visits.loadMore}>
                  加载更多
                </Button>
              ) : null}
            </>
          )}
        </AsyncView>
      </SectionCard>
    </View>
  )
}
