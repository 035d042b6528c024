// The first download holds only what a first screen needs: the tab pages and 登录. Owners' other pages
// sit in subpackages whose roots are their own folders, so their paths (and every link) stay the same;
// preloadRule fetches each one while the user is on the tab that leads to it. Specialists and admins
// load their own subpackages only when they log in.
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
    // 我的申请 is small and reached from 首页 and 我的; its form and detail pages are not.
    'pages/requests/index',
  ],
  subPackages: [
    // The new-request form is the one owner page that validates with zod: zod ships only with it.
    { root: 'pages/requests/new', pages: ['index'] },
    { root: 'pages/requests/detail', pages: ['index'] },
    // Owners and specialists share the chat room.
    { root: 'pages/chat', pages: ['index'] },
    { root: 'pages/salons/detail', pages: ['index'] },
    { root: 'pages/bookings', pages: ['index'] },
    // The owner's visit history, reached from 我的.
    { root: 'pages/visits', pages: ['index'] },
    {
      root: 'specialist',
      pages: ['workbench/index', 'enterprises/index', 'request/index', 'messages/index', 'me/index'],
    },
    // The specialist's field work: an enterprise's journey and visits, the visit form.
    { root: 'field', pages: ['enterprise/index', 'visit/index'] },
    {
      root: 'admin',
      pages: ['salons/index', 'check-in/index', 'salon-form/index', 'bookings/index', 'me/index'],
    },
    // The notice centre, for every role; reached from 我的 and the 消息 tab's bell.
    { root: 'pages/notices', pages: ['index'] },
    // The admins' 数据看板, 赛马榜 and 回访: its own subpackage because `admin` is at its size budget.
    { root: 'board', pages: ['index', 'cases/index', 'follow-ups/index', 'follow-up/index'] },
    // 活动资料 (agenda, speakers, poster, sign-up fields): admins' too, apart since admin is at its budget.
    { root: 'admin-salon', pages: ['program/index', 'feedback/index'] },
  ],
  // Fetched in the background (any network) once the page on the left is shown.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['pages/requests/detail'] },
    'pages/services/index': { network: 'all', packages: ['pages/requests/new'] },
    'pages/requests/index': { network: 'all', packages: ['pages/requests/detail'] },
    'pages/messages/index': { network: 'all', packages: ['pages/chat'] },
    'pages/salons/index': { network: 'all', packages: ['pages/salons/detail'] },
    'pages/me/index': { network: 'all', packages: ['pages/bookings'] },
    'specialist/messages/index': { network: 'all', packages: ['pages/chat'] },
    'specialist/workbench/index': { network: 'all', packages: ['pages/chat'] },
    'specialist/enterprises/index': { network: 'all', packages: ['field'] },
  },
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
