import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

import type { User } from '@/api/contract/schemas/enterprise'
import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'

import { ActionBar } from './action-bar'
import { RequestOverview } from './request-overview'
import { actionsFor } from './request-status'
import { RequestTimeline } from './request-timeline'
import { SupplyMaterials } from './supply-materials'
import { useRefreshOnShow, useRequestUpdates, useServiceRequest, useServiceTypes } from './use-requests'

interface RequestDetailViewProps {
  id: string | undefined
  user: User
  enterpriseName?: (request: ServiceRequest) => string | undefined
  /** 问专员 for the owner. */
  extra?: (request: ServiceRequest) => ReactNode
  /** A card after the overview: the specialist's way to reach the enterprise. */
  contact?: (request: ServiceRequest, type: ServiceType | undefined) => ReactNode
  /** Came from a 补充材料 button: the panel to supply materials opens at once. */
  supplyOpen?: boolean
  /** The 回访 after a bad rating (request.followUpId), above the timeline that tells it. */
  followUp?: (request: ServiceRequest, followUpId: string) => ReactNode
}

/**
 * One request for either side: overview, the actions this user may take, and the timeline. What the
 * owner owes (materials asked for) comes first, with its own button, instead of deep in the timeline.
 */
export function RequestDetailView({
  id,
  user,
  enterpriseName,
  extra,
  contact,
  supplyOpen,
  followUp,
}: RequestDetailViewProps) {
  const request = useServiceRequest(id)
  const types = useServiceTypes()
  useRequestUpdates()
  useRefreshOnShow(() => request.mutate())
  return (
    <AsyncView query={request} empty={{ title: '' }}>
      {(data) => {
        const supplying = actionsFor(data, user.role, user.id).includes('submit_materials')
        const type = types.data?.find((t) => t.code === data.serviceType)
        return (
          <View>
            {supplying ? <SupplyMaterials request={data} startOpen={supplyOpen} /> : null}
            <SectionCard title="申请概况">
              <RequestOverview request={data} type={type} enterpriseName={enterpriseName?.(data)} />
            </SectionCard>
            {contact ? <SectionCard title="联系企业">{contact(data, type)}</SectionCard> : null}
            <SectionCard title="办理操作" extra={extra?.(data)}>
              <ActionBar
                request={data}
                role={user.role}
                userId={user.id}
                omit={supplying ? ['submit_materials'] : []}
              />
            </SectionCard>
            {followUp && data.followUpId ? (
              <SectionCard title="服务回访">{followUp(data, data.followUpId)}</SectionCard>
            ) : null}
            <SectionCard title="办理进度">
              <RequestTimeline events={data.timeline} />
            </SectionCard>
          </View>
        )
      }}
    </AsyncView>
  )
}
