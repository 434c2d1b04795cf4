import { View, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import './report.scss';

const NUMBERS = [
  { number: '119', label: '火警', hint: '起火、燃气泄漏、被困' },
  { number: '110', label: '报警', hint: '危及人身财产安全的紧急情况' },
  { number: '120', label: '急救', hint: '有人受伤、中毒、昏迷' },
];

/** The emergency answer: call now, no form to fill. */
export function EmergencyCall({ onBack }: { onBack: () => void }) {
  return (
    <View className='emergency' id='emergency-call'>
      <Text className='emergency__title'>请立即拨打电话求助</Text>
      <Text className='muted'>先确保自身安全，远离危险区域，再拨打电话说明地点和情况。</Text>
      {NUMBERS.map((n) => (
        <View
          key={n.number}
          id={`call-${n.number}`}
          className='emergency__button'
          onClick={() => void Taro.makePhoneCall({ phoneNumber: n.number })}
        >
          <Text className='emergency__number'>{n.number}</Text>
          <View className='emergency__label'>
            <Text>{n.label}</Text>
            <Text className='emergency__hint'>{n.hint}</Text>
          </View>
        </View>
      ))}
      <Text className='link' onClick={onBack}>
        ‹ 不紧急，返回
      </Text>
    </View>
  );
}
