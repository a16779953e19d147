/**
 * Compare: two methods, datasets or hardware side by side — what each is named with (shared and distinct
 * datasets, metrics, tasks, hardware, methods), their results on the pairs both have results on, and the papers
 * naming both.
 */
import { LABEL_NAMES } from '../../../../graph-schema/label-names.ts';
import type { CompareEntityDTO, CompareResponse } from '../../../shared/results-api.ts';
import { resultsApi } from '../api/results-client.ts';
import { useAsync } from '../state/use-async.ts';
import { ResultPickers } from '../components/ResultPickers.tsx';
import { ResultsTable } from '../components/ResultsTable.tsx';
import { TypeDot } from '../components/NodeBadge.tsx';
import { Empty, ErrorMessage, Loading } from '../components/States.tsx';
import type { ViewProps } from './view-props.ts';
import './results.css';

function EntityList({
  items,
  onOpen,
  weight,
}: {
  items: CompareEntityDTO[];
  onOpen(id: string): void;
  weight(e: CompareEntityDTO): string;
}) {
  if (items.length === 0) return <p className="muted">none</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
            {item.name}
          </button>{' '}
          <span className="muted">{weight(item)}</span>
        </li>
      ))}
    </ul>
  );
}

function Facets({ data, onOpen }: { data: CompareResponse; onOpen(id: string): void }) {
  const papers = (n: number | null) => (n === null ? '' : `${n}`);
  return (
    <div className="compare-facets" data-testid="compare-facets">
      {data.facets.map((facet) => (
        <section key={facet.label} className="compare-facet" data-label={facet.label}>
          <h3>
            <TypeDot label={facet.label} /> {LABEL_NAMES[facet.label].plural}
          </h3>
          <div className="compare-columns">
            <div>
              <h4>both</h4>
              <EntityList items={facet.shared} onOpen={onOpen} weight={(e) => `${papers(e.weightA)} / ${papers(e.weightB)}`} />
            </div>
            <div>
              <h4>only {data.a.name}</h4>
              <EntityList items={facet.onlyA} onOpen={onOpen} weight={(e) => papers(e.weightA)} />
            </div>
            <div>
              <h4>only {data.b.name}</h4>
              <EntityList items={facet.onlyB} onOpen={onOpen} weight={(e) => papers(e.weightB)} />
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}

export function CompareView({ state, navigate, selectNode }: ViewProps) {
  const { resultA: a, resultB: b } = state;
  const [result, retry] = useAsync(a && b ? (signal) => resultsApi.compare(a, b, { signal }) : null, [a, b]);
  const data = result.status === 'ready' ? result.data : null;
  return (
    <section className="view" aria-labelledby="compare-heading">
      <header className="view-header">
        <div>
          <h1 id="compare-heading">
            Compare{' '}
            {data && (
              <span className="heading-subject" data-testid="compare-subject">
                {data.a.name} vs {data.b.name}
              </span>
            )}
          </h1>
          <p className="muted">Two methods, datasets or hardware side by side</p>
        </div>
        <ResultPickers
          navigate={navigate}
          pickers={[
            { label: 'First entity', placeholder: 'Compare…', chosen: a, name: data?.a.name, testId: 'compare-a' },
            { label: 'Second entity', placeholder: '…with', chosen: b, name: data?.b.name, testId: 'compare-b' },
          ]}
        />
      </header>
      <div className="results-scroll">
        {(!a || !b) && (
          <Empty title="Pick two entities">Search for the second one above (“…with”); the two are then compared side by side.</Empty>
        )}
        {result.status === 'loading' && <Loading label="Comparing…" />}
        {result.status === 'error' && <ErrorMessage error={result.error} onRetry={retry} />}
        {data && (
          <>
            <Facets data={data} onOpen={selectNode} />
            <h2 className="results-section-title">Results on shared pairs ({data.results.length})</h2>
            {data.results.length === 0 ? (
              <p className="muted">No pair of (dataset, metric) — or, for datasets, (method, metric) — has results of both.</p>
            ) : (
              <ResultsTable
                rows={data.results}
                onOpen={selectNode}
                sideNames={{ a: data.a.name, b: data.b.name }}
                testId="compare-results"
              />
            )}
            <h2 className="results-section-title">
              Papers naming both <span className="muted">({data.paperTotal})</span>
            </h2>
            <ul className="paper-list" data-testid="compare-papers">
              {data.papers.map((paper) => (
                <li key={paper.key}>
                  <button type="button" className="link-button" onClick={() => selectNode(`Paper:${paper.key}`)}>
                    {paper.title}
                  </button>
                  <span className="muted"> {paper.date ?? ''}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
