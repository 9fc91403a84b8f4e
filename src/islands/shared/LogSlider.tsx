/** A keyboard-operable slider over powers of ten (a native range input, announced as a readable count). */
import { formatCount } from '../../../calculators/core/format.ts';

interface Props {
  id: string;
  label: string;
  value: number;
  minExponent: number;
  maxExponent: number;
  help: string;
  onChange: (value: number) => void;
  disabled?: boolean;
}

export function LogSlider({ id, label, value, minExponent, maxExponent, help, onChange, disabled = false }: Props) {
  const exponent = value > 0 ? Math.min(maxExponent, Math.max(minExponent, Math.log10(value))) : minExponent;
  return (
    <div className="calc-field">
      <label htmlFor={id}>
        {label}: {formatCount(value)}
      </label>
      <input
        id={id}
        type="range"
        min={minExponent}
        max={maxExponent}
        step={0.1}
        disabled={disabled}
        value={Math.round(exponent * 10) / 10}
        aria-valuetext={`${formatCount(value)} requests`}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(Number(Math.pow(10, Number(event.currentTarget.value)).toPrecision(2)))}
      />
      <p className="calc-field__help" id={`${id}-help`}>
        {help}
      </p>
    </div>
  );
}
