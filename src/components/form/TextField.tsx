import { Text, Input } from '@tarojs/components';
import { FieldError } from './FieldError';
import './form.scss';

interface Props {
  /** The Input's id: e2e tests and labels find the field by it. */
  id: string;
  label: string;
  value: string;
  maxlength?: number;
  onInput: (value: string) => void;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'number' | 'idcard' | 'digit';
  className?: string;
}

/** A labelled one-line input with its error underneath: the building block of every form. */
export function TextField({ id, label, value, maxlength, onInput, error, placeholder, type, className }: Props) {
  return (
    <>
      <Text className='field-label'>{label}</Text>
      <Input
        id={id}
        className={`field-input ${className ?? ''}`}
        type={type}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onInput(e.detail.value)}
      />
      <FieldError text={error} />
    </>
  );
}
