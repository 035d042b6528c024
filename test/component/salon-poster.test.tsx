import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'

import { RecordingContext } from '../support/recording-canvas'
import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/**
 * jsdom has no canvas: the page's SelectorQuery hands out a canvas node whose 2D context records what
 * is drawn, and whose images load at 800 × 600 (or fail for a src the test names).
 */
function fakeCanvasQuery(options: { failingImage?: boolean } = {}) {
  const ctx = new RecordingContext()
  const canvas = {
    width: 300,
    height: 150,
    images: [] as string[],
    getContext: (type: string) => (type === '2d' ? ctx : null),
    createImage() {
      const image = {
        width: 0,
        height: 0,
        onload: null as null | (() => void),
        onerror: null as null | (() => void),
        set src(value: string) {
          canvas.images.push(value)
          setTimeout(() => {
            if (options.failingImage) return image.onerror?.()
            Object.assign(image, { width: 800, height: 600 })
            image.onload?.()
          }, 0)
        },
      }
      return image
    },
  }
  const selectors: string[] = []
  jest.spyOn(Taro, 'createSelectorQuery').mockImplementation(() => {
    const query = {
      select: (selector: string) => {
        selectors.push(selector)
        return {
          fields: () => ({
            exec: (cb: (r: unknown[]) => void) => setTimeout(() => cb([{ node: canvas }]), 0),
          }),
        }
      },
    }
    return query as unknown as Taro.SelectorQuery
  })
  return { ctx, canvas, selectors }
}

async function openPoster(id = 'sal-01') {
  const user = userEvent.setup()
  await signInAs('owner', (a) => a.userId === 'usr-owner-01')
  renderWithSwr(<SalonDetailScreen id={id} />)
  await user.click(await screen.findByRole('button', { name: '生成海报' }))
  const sheet = await screen.findByRole('dialog', { name: '分享海报' })
  const save = within(sheet).getByRole('button', { name: '保存到相册' })
  await waitFor(() => expect(save).toHaveAttribute('aria-disabled', 'false'))
  return { user, sheet, save }
}

describe('生成海报 on the salon page', () => {
  it('draws the salon with its picture and a QR on the page canvas, sized to the poster', async () => {
    const { ctx, canvas, selectors } = fakeCanvasQuery()
    const { sheet } = await openPoster()
    expect(selectors).toEqual(['#salon-poster-canvas'])
    expect([canvas.width, canvas.height]).toEqual([600, 960])
    expect(canvas.images).toEqual([expect.stringContaining('/api/v1/files/file-poster-sky')])
    expect(ctx.drawn.filter((d) => d.op === 'image')).toHaveLength(1)
    const texts = ctx.texts().map((t) => t.text)
    const title = screen.getAllByText(/./, { selector: '.salon-details__title' })[0]!.textContent!
    expect(texts).toContain(title)
    expect(texts).toContain('扫码查看并报名')
    expect(ctx.rects('#000000').length).toBeGreaterThan(50)
    expect(within(sheet).queryByText('海报生成中…')).not.toBeInTheDocument()
  })

  it('draws without the picture when it does not load, rather than failing', async () => {
    const { ctx } = fakeCanvasQuery({ failingImage: true })
    await openPoster()
    expect(ctx.drawn.some((d) => d.op === 'image')).toBe(false)
    expect(ctx.texts().map((t) => t.text)).toContain('企业家沙龙')
  })

  it('saves the exported canvas to the album, and a refusal explains itself and opens settings', async () => {
    const { canvas } = fakeCanvasQuery()
    const exported = jest
      .spyOn(Taro, 'canvasToTempFilePath')
      .mockResolvedValue({ tempFilePath: 'wxfile://tmp_1.png', errMsg: 'ok' })
    const album = jest
      .spyOn(Taro, 'saveImageToPhotosAlbum')
      .mockResolvedValueOnce({ errMsg: 'saveImageToPhotosAlbum:ok' })
      .mockRejectedValueOnce({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    const settings = jest
      .spyOn(Taro, 'openSetting')
      .mockResolvedValue({ authSetting: {}, errMsg: 'ok' } as never)
    const { user, save } = await openPoster()

    await user.click(save)
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已保存到相册' })),
    )
    expect(exported).toHaveBeenCalledWith({ canvas, fileType: 'png' })
    expect(album).toHaveBeenCalledWith({ filePath: 'wxfile://tmp_1.png' })
    expect(modal).not.toHaveBeenCalled()

    await user.click(save)
    await waitFor(() => expect(settings).toHaveBeenCalledTimes(1))
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '无法保存到相册', confirmText: '去设置' }),
    )
  })

  it('closes with 关闭', async () => {
    fakeCanvasQuery()
    const { user, sheet } = await openPoster()
    await user.click(within(sheet).getByRole('button', { name: '关闭' }))
    expect(screen.queryByRole('dialog', { name: '分享海报' })).not.toBeInTheDocument()
  })

  it('offers no poster for a cancelled salon', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<SalonDetailScreen id="sal-05" />)
    expect(await screen.findByText('本场沙龙已取消', { exact: false })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '生成海报' })).not.toBeInTheDocument()
  })
})
