import { Button } from '@nutui/nutui-react-taro'
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'

import { posterSrc } from '../salon-links'

import { posterContent } from './poster-content'
import {
  loadPosterImage,
  SAVE_LABEL,
  savePoster,
  whenCanvasMounted,
  type PosterCanvas,
} from './poster-device'
import { drawPoster, POSTER_HEIGHT, POSTER_WIDTH, type PosterContext } from './poster-draw'
import { salonShareLink } from './poster-link'

import './poster-sheet.scss'

const CANVAS_ID = 'salon-poster-canvas'

type Phase = 'drawing' | 'ready' | 'failed'

// NutUI's types omit `role`, though it passes it on; Taro's H5 button has none of its own.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

/**
 * 生成海报's preview: a sheet over the page with the poster drawn on a 2D canvas (the same code in
 * WeChat and H5), and 保存到相册 (WeChat) or 下载海报 (H5).
 */
export function PosterSheet({ salon, onClose }: { salon: Salon; onClose: () => void }) {
  const [phase, setPhase] = useState<Phase>('drawing')
  const [saving, setSaving] = useState(false)
  const canvasRef = useRef<PosterCanvas>()
  useEffect(() => {
    let live = true
    // The canvas exists once this render has reached the view: ask for its node on the next tick.
    Taro.nextTick(async () => {
      await whenCanvasMounted(CANVAS_ID)
      if (!live) return
      Taro.createSelectorQuery()
        .select(`#${CANVAS_ID}`)
        .fields({ node: true, size: true })
        .exec((results: { node?: PosterCanvas }[]) => {
          const canvas = results?.[0]?.node
          if (!live) return
          if (!canvas) return setPhase('failed')
          void paint(canvas, salon).then(
            () => {
              if (!live) return
              canvasRef.current = canvas
              setPhase('ready')
            },
            () => live && setPhase('failed'),
          )
        })
    })
    return () => {
      live = false
    }
  }, [salon])
  const save = async () => {
    if (!canvasRef.current || saving) return
    setSaving(true)
    try {
      await savePoster(canvasRef.current, `沙龙海报-${salon.title}.png`)
    } finally {
      setSaving(false)
    }
  }
  return (
    <View className="poster-sheet" role="dialog" aria-label="分享海报">
      <View className="poster-sheet__mask" onClick={onClose} />
      <View className="poster-sheet__panel">
        <View className="poster-sheet__title">分享海报</View>
        {/* Named once, on the box: a canvas element takes no aria-label without a role. */}
        <View className="poster-sheet__frame" role="img" aria-label={`活动海报：${salon.title}`}>
          <Canvas type="2d" id={CANVAS_ID} className="poster-sheet__canvas" />
          {phase === 'drawing' ? <View className="poster-sheet__note">海报生成中…</View> : null}
          {phase === 'failed' ? <View className="poster-sheet__note">海报生成失败，请关闭后重试</View> : null}
        </View>
        <View className="poster-sheet__hint">保存海报后分享给朋友，扫码即可查看并报名</View>
        <View className="poster-sheet__actions">
          <Button fill="outline" onClick={onClose} {...BUTTON_ROLE}>
            关闭
          </Button>
          <Button
            type="primary"
            disabled={phase !== 'ready'}
            loading={saving}
            onClick={() => void save()}
            // NutUI keeps disabled to a class: say it to screen readers too.
            {...BUTTON_ROLE}
            aria-disabled={phase !== 'ready'}
            aria-busy={saving}
          >
            {SAVE_LABEL}
          </Button>
        </View>
      </View>
    </View>
  )
}

/** The canvas sized to the poster's pixels, the salon's picture loaded (or not), then the drawing. */
async function paint(canvas: PosterCanvas, salon: Salon): Promise<void> {
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const ctx = canvas.getContext('2d') as PosterContext | null
  if (!ctx) throw new Error('no 2d context')
  const src = posterSrc(salon)
  const image = src ? await loadPosterImage(canvas, src) : undefined
  drawPoster(ctx, posterContent(salon, salonShareLink(salon.id)), image)
}
