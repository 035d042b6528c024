// Owners are most users, so their pages (and the tab bar) live in the main package; specialists and
// admins load their own subpackages only when they log in.
// Taro reads this file statically at build time, so the page list is written here as literals; the
// rest of src/ names pages through src/navigation/pages.ts, and a unit test holds the two lists equal.
export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/services/index',
    'pages/messages/index',
    'pages/salons/index',
    'pages/me/index',
    'pages/login/index',
    'pages/salons/detail/index',
    'pages/bookings/index',
    'pages/requests/index',
    'pages/requests/new/index',
    'pages/requests/detail/index',
    'pages/chat/index',
  ],
  subPackages: [
    {
      root: 'specialist',
      pages: ['workbench/index', 'enterprises/index', 'request/index', 'messages/index', 'me/index'],
    },
    {
      root: 'admin',
      pages: ['salons/index', 'check-in/index', 'salon-form/index', 'bookings/index', 'me/index'],
    },
  ],
  tabBar: {
    color: '#646a73',
    selectedColor: '#1f6feb',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '服务',
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-active.png',
      },
      {
        pagePath: 'pages/messages/index',
        text: '消息',
        iconPath: 'assets/tab/messages.png',
        selectedIconPath: 'assets/tab/messages-active.png',
      },
      {
        pagePath: 'pages/salons/index',
        text: '沙龙',
        iconPath: 'assets/tab/salons.png',
        selectedIconPath: 'assets/tab/salons-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f6feb',
    navigationBarTitleText: '企服管家',
    navigationBarTextStyle: 'white',
    // WeChat's default; written out because Taro's H5 router draws its bar (title, 返回) only when asked.
    navigationStyle: 'default',
    backgroundColor: '#f4f6fa',
  },
  // WeChat injects a page's components only when the page first renders them, not all at launch;
  // its code-quality scan requires it.
  lazyCodeLoading: 'requiredComponents',
})
