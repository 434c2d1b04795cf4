export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/articles/index',
    'pages/me/index',
    'pages/themes/index',
    'pages/outreach/index',
    'pages/article/index',
    'pages/report/index',
    'pages/my-reports/index',
  ],
  subPackages: [
    {
      root: 'packageOrganizer',
      name: 'organizer',
      pages: ['pages/article-edit/index'],
    },
    {
      root: 'packageHandler',
      name: 'handler',
      pages: ['pages/queue/index', 'pages/report/index', 'pages/overview/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '安全生产月',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f8',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '主题' },
      { pagePath: 'pages/articles/index', text: '安全知识' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
});
