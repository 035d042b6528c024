import { fireEvent } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/**
 * Types into a Taro <Input> or <Textarea> the way a user does: tap the control, then one input event
 * per character, each carrying the value so far. user.type cannot do this under jsdom: Taro's H5
 * controls are Stencil custom elements whose inner <input>/<textarea> is never rendered (see
 * test/setup/reset-app-state.ts), so there is no editable element for user-event to write to.
 * The events look like what Taro's own input handler emits: the value on event.target (NutUI's Input
 * reads it there on the web) and on event.detail (its TextArea, and Taro's onInput, read it there).
 * Starts from an empty field unless `append` is set, as a user selecting the old text and typing over it.
 */
export async function typeInto(user: UserEvent, control: Element, text: string, { append = false } = {}) {
  await user.click(control)
  const target = control as Element & { value?: string }
  let value = append ? (target.value ?? '') : ''
  if (!append && target.value) fireInput(target, '')
  for (const char of text) {
    value += char
    fireInput(target, value)
  }
  fireEvent.blur(control)
}

function fireInput(control: Element & { value?: string }, value: string) {
  control.value = value
  fireEvent(control, new CustomEvent('input', { detail: { value, cursor: value.length }, bubbles: true }))
}
