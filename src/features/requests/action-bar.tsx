import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { Role } from '@/api/contract/schemas/common'
import type { RequestAction, ServiceRequest } from '@/api/contract/schemas/service-request'

import { ActionPanel, type PanelAction } from './action-panel'
import { ACTION_LABELS, actionsFor, needsInput } from './request-status'
import { useRequestAction } from './use-request-action'
import { useServiceTypes } from './use-requests'

import './action-bar.scss'

interface ActionBarProps {
  request: ServiceRequest
  role: Role
  userId: string
  /** Actions offered elsewhere on the screen (the owner's 补充材料 sits with the request for them). */
  omit?: readonly RequestAction[]
}

/** Exactly the actions the request's state allows this person; the rest never shows. */
export function ActionBar({ request, role, userId, omit = [] }: ActionBarProps) {
  const actions = actionsFor(request, role, userId).filter((action) => !omit.includes(action))
  const { run, running } = useRequestAction(request)
  const [open, setOpen] = useState<PanelAction | null>(null)
  // The specialist asks for materials from the service's own list.
  const materials = useServiceTypes().data?.find((type) => type.code === request.serviceType)?.materials

  if (!actions.length) {
    return (
      <Text className="action-bar__none">
        {request.rating
          ? '已评价，感谢您的反馈'
          : request.status === 'cancelled'
            ? '申请已撤销'
            : '当前无需您操作'}
      </Text>
    )
  }
  if (open && actions.includes(open)) {
    return (
      <ActionPanel
        action={open}
        materials={materials}
        running={running !== null}
        onSubmit={run}
        onClose={() => setOpen(null)}
      />
    )
  }
  return (
    <View className="action-bar">
      {actions.map((action) => (
        <Button
          key={action}
          className={`action-bar__button action-bar__button--${action}`}
          type={action === 'cancel' ? 'default' : 'primary'}
          fill={action === 'cancel' ? 'outline' : 'solid'}
          loading={running === action}
          disabled={running !== null}
          onClick={() => (needsInput(action) ? setOpen(action as PanelAction) : void run({ action }))}
        >
          {ACTION_LABELS[action]}
        </Button>
      ))}
    </View>
  )
}
