import { Tooltip } from 'antd';
import type { ReportFigure } from '@kechuang/domain';
import { useOpenRecords } from '../../../ui/open-records';

/** How a figure was computed, as its tooltip says it. */
function Explanation({ figure }: { figure: ReportFigure }) {
  const dims = Object.entries(figure.dimensions).map(([k, v]) => `${k}=${v}`);
  return (
    <div className="report-figure-tip">
      <div>
        事实：<code>{figure.factKey}</code>
        {dims.length > 0 && <span>（{dims.join('，')}）</span>}
      </div>
      <div>
        取值：{figure.value} {figure.unit}
      </div>
      <div>依据记录：{figure.recordIds.length} 条（点击查看）</div>
    </div>
  );
}

/** A figure in the draft: marked, explained on hover, opening the records behind it on click; never typed into. */
export function FigureMark({ figure, index }: { figure: ReportFigure; index: number }) {
  const openRecords = useOpenRecords();
  return (
    <Tooltip title={<Explanation figure={figure} />}>
      <span
        className="report-figure"
        contentEditable={false}
        data-run={index}
        data-fact={figure.factKey}
        role="link"
        tabIndex={-1}
        onClick={() => openRecords(figure.link)}
      >
        {figure.text}
      </span>
    </Tooltip>
  );
}
