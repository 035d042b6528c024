import { isChunkLoadError } from '@/components/page-load-error'

describe('isChunkLoadError', () => {
  it("knows webpack's JS chunk error and mini-css-extract's CSS one", () => {
    const js = Object.assign(new Error('Loading chunk 412 failed.\n(error: http://x/js/412.js)'), {
      name: 'ChunkLoadError',
    })
    const css = Object.assign(new Error('Loading CSS chunk 412 failed.\n(/css/412.css)'), {
      code: 'CSS_CHUNK_LOAD_FAILED',
    })
    expect(isChunkLoadError(js)).toBe(true)
    expect(isChunkLoadError(css)).toBe(true)
    expect(isChunkLoadError(new Error('Loading chunk pages-salons-detail-index failed.'))).toBe(true)
  })

  it('leaves every other rejection alone', () => {
    expect(isChunkLoadError(new Error('网络连接失败，请检查网络后重试'))).toBe(false)
    expect(isChunkLoadError(undefined)).toBe(false)
    expect(isChunkLoadError('Loading chunk 1 failed')).toBe(false)
  })
})
