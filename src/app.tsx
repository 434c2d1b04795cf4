import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { configure as configureIcons } from '@nutui/icons-react-taro';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // NutUI draws icons (the busy Button's spinner too) as <i>, which Taro's weapp
  // base.wxml has no template for, so they render nothing on the phone
  // (jdf2e/nutui-icons#7). A <view> has a template; the icon is its class and
  // its mask style, so it looks the same. Set here, before any page renders.
  configureIcons({ tag: 'view' });
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // An empty env id means the environment the mini-program is bound to in DevTools.
      Taro.cloud.init({ ...(process.env.CLOUD_ENV ? { env: process.env.CLOUD_ENV } : {}), traceUser: true });
    }
  });
  return children;
}

export default App;
