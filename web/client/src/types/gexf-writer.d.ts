// graphology-gexf's writer without its parser: the browser entry builds a DOMParser at import time.
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology-types';
  import type { Attributes } from 'graphology-types';
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  export default function write<N extends Attributes = Attributes, E extends Attributes = Attributes>(
    graph: Graph<N, E>,
    options?: GexfWriterOptions<N, E>,
  ): string;
}
