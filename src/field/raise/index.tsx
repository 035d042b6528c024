import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import type { ServiceTypeCode } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { RequestForm } from '@/features/requests/request-form'
import { useRequestCache, useServiceTypes } from '@/features/requests/use-requests'
import { useMe } from '@/features/session/use-me'
import { useEnterpriseVisits, useVisitCache } from '@/features/visits/use-visits'
import { PROBLEM_CATEGORY_LABELS } from '@/features/visits/visit-format'
import { replace } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { usePageParams } from '@/navigation/use-page-params'

import './index.scss'

const ROLES = ['specialist'] as const

/**
 * A request raised on the enterprise's behalf: the specialist picks the service and fills what they
 * know; the owner is told and finds it in 我的申请, marked 专员代为发起.
 */
export default function RaiseRequestPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const params = usePageParams('raiseRequest')
  const me = useMe()
  const types = useServiceTypes()
  const visits = useEnterpriseVisits(params.problemId ? params.enterpriseId : undefined)
  const cacheRequest = useRequestCache()
  const cacheVisit = useVisitCache()
  const [picked, setPicked] = useState<ServiceTypeCode | undefined>(
    params.type as ServiceTypeCode | undefined,
  )
  if (!user || !params.enterpriseId) return null
  const enterprise = me.data?.enterprises?.find((e) => e.id === params.enterpriseId)
  const visit = visits.items?.find((v) => v.id === params.visitId)
  const problem = visit?.problems.find((p) => p.id === params.problemId)
  const type = types.data?.find((t) => t.code === picked)
  const enterpriseId = params.enterpriseId
  return (
    <View className={rootClass}>
      <PageBanner title="代为发起申请" subtitle={enterprise?.name ?? ''} />
      {problem ? (
        <SectionCard title="走访发现的问题">
          <Text className="raise-page__category">{PROBLEM_CATEGORY_LABELS[problem.category]}</Text>
          <Text className="raise-page__problem">{problem.description}</Text>
        </SectionCard>
      ) : null}
      <AsyncView query={types} empty={{ title: '暂无服务事项' }}>
        {(list) => (
          <>
            <SectionCard title="服务事项">
              <View className="raise-page__types" role="radiogroup" aria-label="服务事项">
                {list.map((t) => (
                  <View
                    key={t.code}
                    role="radio"
                    aria-checked={t.code === picked}
                    className={`raise-page__type${t.code === picked ? ' is-selected' : ''}`}
                    onClick={() => setPicked(t.code)}
                  >
                    {t.name}
                  </View>
                ))}
              </View>
              {type ? null : <Text className="raise-page__hint">选择要代企业办理的服务</Text>}
            </SectionCard>
            {type ? (
              <RequestForm
                key={type.code}
                type={type}
                raise={{ enterpriseId, visitId: params.visitId, problemId: params.problemId }}
                onCreated={(request) => {
                  cacheRequest(request)
                  if (visit) cacheVisit(visit)
                  void Taro.showToast({ title: '已代企业发起，企业主会收到通知', icon: 'none' })
                  void replace(routes.specialistRequest({ id: request.id }))
                }}
              />
            ) : null}
          </>
        )}
      </AsyncView>
    </View>
  )
}
