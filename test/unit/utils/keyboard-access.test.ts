import { wireKeyboardAccess } from '@/utils/keyboard-access'

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('wireKeyboardAccess (H5)', () => {
  beforeAll(() => wireKeyboardAccess())
  afterEach(() => document.body.replaceChildren())

  it('makes a View with a role focusable when it appears, and Enter or Space taps it', async () => {
    const chip = document.createElement('taro-view-core')
    chip.setAttribute('role', 'radio')
    const onTap = jest.fn()
    chip.addEventListener('click', onTap)
    document.body.append(chip)
    await settle()

    expect(chip).toHaveAttribute('tabindex', '0')
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }))
    expect(onTap).toHaveBeenCalledTimes(2)
  })

  it('leaves native controls and elements without a role alone', async () => {
    const button = document.createElement('button')
    button.setAttribute('role', 'button')
    const plain = document.createElement('taro-view-core')
    document.body.append(button, plain)
    await settle()
    expect(button).not.toHaveAttribute('tabindex')
    expect(plain).not.toHaveAttribute('tabindex')
  })
})
