// The native UI a mini-program asks WeChat for (toasts, modals, loading, action sheets, navigation and tab
// bars): recorded so journeys can read what the user was shown and answer what the user is asked.
import type { FakeCanvasNode } from './canvas'
import type { PickAnswer, PickRecord } from './choosers'

export interface Toast {
  title: string
  icon?: string
  at: number
}

export interface Modal {
  title?: string
  content?: string
  confirmText?: string
  cancelText?: string
  showCancel?: boolean
  editable?: boolean
}

export type ModalAnswer = { confirm: boolean; content?: string }

/** WeChat's answer per template in the subscription panel. */
export type SubscribeResult = 'accept' | 'reject' | 'ban' | 'filter'

/** One opening of the subscription panel: the template ids asked and what the user chose. */
export interface SubscribeAsk {
  tmplIds: string[]
  answers: Record<string, SubscribeResult>
}

/** A canvasToTempFilePath export: the file and the text drawn on the canvas at that moment. */
export interface CanvasExport {
  tempFilePath: string
  canvasId: string
  texts: string[]
}

export class NativeUi {
  readonly toasts: Toast[] = []
  readonly modals: Modal[] = []
  readonly actionSheets: string[][] = []
  loading: string | undefined
  readonly tabBadges = new Map<number, string>()
  readonly tabRedDots = new Set<number>()
  /** How the user answers the next modal; default: taps confirm (WeChat's primary button). */
  modalAnswers: ModalAnswer[] = []
  /** Which item the user taps in the next action sheet; none queued: the user cancels. */
  actionSheetChoices: number[] = []
  clipboard = ''
  /** Every subscription panel shown, with its answers. */
  readonly subscribeAsks: SubscribeAsk[] = []
  /**
   * How the user answers the next subscription panel: one result for every template, or one per id;
   * none queued: the user accepts all (the panel's primary button).
   */
  subscribeAnswers: (SubscribeResult | Record<string, SubscribeResult>)[] = []
  pullDownStops = 0
  /** wx.openLocation calls (the map WeChat would open), their options as given. */
  readonly openedLocations: Record<string, unknown>[] = []
  /** wx.addPhoneCalendar calls (WeChat asks the user, then adds it; here the user agrees). */
  readonly calendarEvents: Record<string, unknown>[] = []
  /** wx.showShareMenu calls: the page turned its share menu on with these options. */
  readonly shareMenus: Record<string, unknown>[] = []
  /** Canvas nodes handed to the app by SelectorQuery fields({ node: true }), with what they drew. */
  readonly canvases: FakeCanvasNode[] = []
  /** Temp files canvasToTempFilePath made. */
  readonly canvasExports: CanvasExport[] = []
  /** How the user answers the album permission at the next saveImageToPhotosAlbum; default allow. */
  albumAnswers: ('allow' | 'deny')[] = []
  /** Files saved to the album. */
  readonly albumSaves: string[] = []
  /** wx.openSetting calls (the settings page opened). */
  settingsOpened = 0
  /**
   * What the user picks at the next chooseMedia / chooseImage / chooseMessageFile: files (name, bytes,
   * kind) or 'cancel'; none queued: the user closes the picker.
   */
  pickAnswers: PickAnswer[] = []
  /** Every picker shown: the API, its options and the temp paths handed to the app. */
  readonly picks: PickRecord[] = []

  get lastToast(): Toast | undefined {
    return this.toasts[this.toasts.length - 1]
  }

  answerSubscribe(tmplIds: string[]): Record<string, SubscribeResult> {
    const queued = this.subscribeAnswers.shift() ?? 'accept'
    const answers: Record<string, SubscribeResult> = {}
    for (const id of tmplIds) answers[id] = typeof queued === 'string' ? queued : (queued[id] ?? 'reject')
    this.subscribeAsks.push({ tmplIds: [...tmplIds], answers })
    return answers
  }

  answerModal(modal: Modal): ModalAnswer {
    this.modals.push(modal)
    return this.modalAnswers.shift() ?? { confirm: true }
  }
}
