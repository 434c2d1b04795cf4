import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EMERGENCY_NUMBERS } from '@domain/reports/emergency';
import './report.scss';

interface Props {
  onBack: () => void;
  /** The server's answer when the description read like an emergency. */
  message?: string;
  /** Offered after that answer: file the report anyway, confirming it is not happening now. */
  onNotHappeningNow?: () => void;
  confirming?: boolean;
}

/** The emergency answer: call now, no form to fill. */
export function EmergencyCall({ onBack, message, onNotHappeningNow, confirming }: Props) {
  return (
    <View className='emergency' id='emergency-call' role='alert'>
      <Text className='emergency__title'>请立即拨打电话求助</Text>
      {message && (
        <Text className='emergency__message' id='emergency-message'>
          {message}
        </Text>
      )}
      <Text className='muted'>先确保自身安全，远离危险区域，再拨打电话说明地点和情况。</Text>
      {EMERGENCY_NUMBERS.map((n) => (
        <View
          key={n.number}
          id={`call-${n.number}`}
          className='emergency__button'
          role='button'
          onClick={() => void Taro.makePhoneCall({ phoneNumber: n.number })}
        >
          <Text className='emergency__number'>{n.number}</Text>
          <View className='emergency__label'>
            <Text>{n.label}</Text>
            <Text className='emergency__hint'>{n.hint}</Text>
          </View>
        </View>
      ))}
      {onNotHappeningNow && (
        <View
          className='emergency__confirm'
          id='emergency-not-now'
          role='button'
          onClick={() => {
            if (!confirming) onNotHappeningNow();
          }}
        >
          {confirming ? '正在提交…' : '不是正在发生，继续提交'}
        </View>
      )}
      <Text className='link' onClick={onBack}>
        {onNotHappeningNow ? '‹ 返回修改举报' : '‹ 不紧急，返回'}
      </Text>
    </View>
  );
}
