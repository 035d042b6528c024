// The native UI a mini-program asks WeChat for (toasts, modals, loading, action sheets, navigation and tab
// bars): recorded so journeys can read what the user was shown and answer what the user is asked.

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
  pullDownStops = 0

  get lastToast(): Toast | undefined {
    return this.toasts[this.toasts.length - 1]
  }

  answerModal(modal: Modal): ModalAnswer {
    this.modals.push(modal)
    return this.modalAnswers.shift() ?? { confirm: true }
  }
}
