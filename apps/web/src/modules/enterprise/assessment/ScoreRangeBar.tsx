import '../enterprise.css';
/**
 * The innovation total as a range on a 0–100 scale with the pass line: the experts' calls decide where in the
 * range the real score lands, so the bar shows both ends rather than a single made-up number.
 */
export function ScoreRangeBar({ min, max, pass }: { min: number; max: number; pass: number }) {
  const color = min >= pass ? '#52c41a' : max >= pass ? '#faad14' : '#ff4d4f';
  return (
    <div className="kc-range" aria-label={`保守 ${min} 分，乐观 ${max} 分，及格线 ${pass} 分`}>
      <div className="kc-range-track">
        <div
          className="kc-range-fill"
          style={{ left: `${min}%`, width: `${Math.max(1, max - min)}%`, background: color }}
        />
        <div className="kc-range-line" style={{ left: `${pass}%` }} />
      </div>
      <div className="kc-range-scale">
        <span style={{ left: 0 }}>0</span>
        <span style={{ left: `${min}%` }}>{min}</span>
        <span style={{ left: `${max}%` }}>{max}</span>
        <span className="kc-range-pass" style={{ left: `${pass}%` }}>
          {pass} 分线
        </span>
        <span style={{ left: '100%' }}>100</span>
      </div>
    </div>
  );
}
