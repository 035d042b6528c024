import { Button } from '@nutui/nutui-react-taro'

import type { Salon } from '@/api/contract/schemas/salon'

import { bookingButtonState } from './booking-state'

interface BookingButtonProps {
  salon: Salon
  busy: boolean
  onBook: () => void
  onCancel: () => void
  onConfirm: () => void
  now?: number
}

// NutUI's types omit `role`, though it passes it on to Taro's button with the other props.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

/** The one action of the detail page; while a request runs it shows progress and takes no taps. */
export function BookingButton({ salon, busy, onBook, onCancel, onConfirm, now }: BookingButtonProps) {
  const state = bookingButtonState(salon, now)
  const onClick =
    state.intent === 'cancel'
      ? onCancel
      : state.intent === 'confirm'
        ? onConfirm
        : state.intent === 'none'
          ? undefined
          : onBook
  return (
    <Button
      block
      type={
        state.intent === 'book' || state.intent === 'waitlist' || state.intent === 'confirm'
          ? 'primary'
          : 'default'
      }
      loading={busy}
      disabled={state.intent === 'none' || busy}
      onClick={onClick}
      // NutUI keeps disabled to a class and Taro's H5 button has no role: say both to screen readers.
      {...BUTTON_ROLE}
      aria-disabled={state.intent === 'none' || busy}
      aria-busy={busy}
      className="booking-button"
    >
      {state.label}
    </Button>
  )
}
