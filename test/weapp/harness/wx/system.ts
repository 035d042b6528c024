// What WeChat says about the device: an iPhone-sized 375×812 screen (the size the H5 journeys use too).

const SCREEN = { width: 375, height: 812 }
const STATUS_BAR = 44
const NAV_BAR = 44
const TAB_BAR = 83

export function windowInfo(tabPage: boolean) {
  const windowHeight = SCREEN.height - STATUS_BAR - NAV_BAR - (tabPage ? TAB_BAR : 0)
  return {
    pixelRatio: 3,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight,
    statusBarHeight: STATUS_BAR,
    safeArea: {
      left: 0,
      right: SCREEN.width,
      top: STATUS_BAR,
      bottom: SCREEN.height - 34,
      width: SCREEN.width,
      height: SCREEN.height - STATUS_BAR - 34,
    },
    screenTop: STATUS_BAR + NAV_BAR,
  }
}

export function deviceInfo() {
  return {
    brand: 'iPhone',
    model: 'iPhone 13 mini',
    system: 'iOS 16.6',
    platform: 'ios',
    benchmarkLevel: 1,
    abi: 'arm64',
    deviceAbi: 'arm64',
    cpuType: 'apple',
    memorySize: 4096,
  }
}

export function appBaseInfo() {
  return {
    SDKVersion: '3.4.10',
    enableDebug: false,
    host: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    fontSizeSetting: 16,
  }
}

export function systemInfo(tabPage: boolean) {
  return {
    ...deviceInfo(),
    ...windowInfo(tabPage),
    ...appBaseInfo(),
    fontSizeSetting: 16,
    bluetoothEnabled: false,
    locationEnabled: false,
    wifiEnabled: true,
    cameraAuthorized: true,
    locationAuthorized: false,
    microphoneAuthorized: false,
    notificationAuthorized: true,
    deviceOrientation: 'portrait',
  }
}

export const menuButtonRect = { width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }

/** A plausible rect for a queried node: full width, 40px rows down the page. */
export function nodeRect(index: number, id = '', dataset: Record<string, unknown> = {}) {
  const top = 88 + index * 40
  return { id, dataset, left: 0, right: SCREEN.width, top, bottom: top + 40, width: SCREEN.width, height: 40 }
}
