import Taro from '@tarojs/taro'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import MePage from '@/pages/me/index'
import { usePreferencesStore } from '@/stores/preferences-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/** The page's root view: the element the theme's `.care` class has to be on. */
function pageRoot() {
  const root = screen.getByText('我的账号').closest('.page')
  if (!root) throw new Error('no .page root')
  return root
}

describe('关怀模式 in 我的', () => {
  afterEach(() => document.documentElement.classList.remove('care'))

  it('is a switch, off at first; turning it on enlarges this page and is stored for the next launch', async () => {
    await signInAs('owner')
    const user = userEvent.setup()
    renderWithSwr(<MePage />)

    const toggle = await screen.findByRole('switch', { name: '关怀模式' })
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    expect(pageRoot()).not.toHaveClass('care')

    await user.click(toggle)

    expect(toggle).toHaveAttribute('aria-checked', 'true')
    expect(pageRoot()).toHaveClass('care')
    // H5's overlays (toasts, dialogs) are drawn outside the page: the root element carries it too.
    expect(document.documentElement).toHaveClass('care')
    expect(JSON.parse(Taro.getStorageSync('qfgj-preferences') as string)).toMatchObject({
      state: { careMode: true },
    })

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    expect(pageRoot()).not.toHaveClass('care')
    expect(document.documentElement).not.toHaveClass('care')
  })

  it('starts on when the phone stored it', async () => {
    usePreferencesStore.getState().setCareMode(true)
    await signInAs('owner')
    renderWithSwr(<MePage />)
    expect(await screen.findByRole('switch', { name: '关怀模式' })).toHaveAttribute('aria-checked', 'true')
    expect(pageRoot()).toHaveClass('care')
  })
})
