import { useEffect, useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { PRIVACY_ITEMS } from '@domain/privacy/policy';
import { answerPrivacyRequest, watchPrivacyRequests } from '@/services/privacy';
import { go, routes } from '@/services/navigation';
import './PrivacyGate.scss';

/** What the notice says about the device data the platform guards (location, photos, album). */
const DEVICE_DATA = PRIVACY_ITEMS.filter((item) => item.apis.length > 0);

/** The privacy popup; mount it on every page that uses location or photos. */
export function PrivacyGate() {
  const [asking, setAsking] = useState(false);
  useEffect(() => watchPrivacyRequests((pending) => setAsking(pending !== null)), []);
  if (!asking) return null;
  return (
    <View className='privacy-gate' role='dialog' aria-modal='true'>
      <View className='privacy-gate__panel'>
        <Text className='privacy-gate__title'>个人信息保护提示</Text>
        <Text className='privacy-gate__text'>以下信息只在您使用对应功能时收集：</Text>
        {DEVICE_DATA.map((item) => (
          <Text key={item.what} className='privacy-gate__item'>
            {item.what}：{item.why}
          </Text>
        ))}
        <Text className='privacy-gate__link' id='privacy-notice' onClick={() => go(routes.privacy)}>
          查看《隐私保护指引》（保存期限、谁能看到）
        </Text>
        <View className='privacy-gate__actions'>
          <Button className='privacy-gate__decline' id='privacy-decline' onClick={() => answerPrivacyRequest(false)}>
            不同意
          </Button>
          <Button
            className='privacy-gate__agree'
            id='privacy-agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacyRequest(true, 'privacy-agree')}
            onClick={() => process.env.TARO_ENV === 'h5' && answerPrivacyRequest(true)}
          >
            同意并继续
          </Button>
        </View>
      </View>
    </View>
  );
}
