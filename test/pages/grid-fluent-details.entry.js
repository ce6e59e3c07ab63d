/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Fluent UI React's DetailsList
 * (@fluentui/react 8, the list of Microsoft 365 admin and SharePoint screens), set up as its
 * documentation's "sticky header" example is copied into business apps: a box of fixed height
 * holding a ScrollablePane, the DetailsList's header rendered in a Sticky (drawn again in a
 * sticky container above the rows while they scroll), the selection column of tick boxes it
 * draws by default, and its List virtualising the rows by pages of 10 (pages out of view are
 * empty boxes of their estimated height). Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-fluent-details.html loads it. Plain JavaScript without JSX.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { DetailsList, DetailsListLayoutMode, ScrollablePane, ScrollbarVisibility, Sticky, StickyPositionType } from '@fluentui/react';

const fixture = globalThis.customsPreflightGridFixture;

const columns = fixture.fields.map((key, i) => ({
  key,
  name: fixture.headers[i],
  fieldName: key,
  minWidth: fixture.widths[i] - 20,
  maxWidth: fixture.widths[i],
  isResizable: true,
}));

function renderStickyHeader(props, defaultRender) {
  return h(Sticky, { stickyPosition: StickyPositionType.Header, isScrollSynced: true }, defaultRender({ ...props }));
}

function App() {
  return h(
    'div',
    { style: { height: 520, position: 'relative', border: '1px solid #c8c6c4' } },
    h(
      ScrollablePane,
      { scrollbarVisibility: ScrollbarVisibility.auto },
      h(DetailsList, {
        items: fixture.records,
        columns,
        setKey: 'lines',
        getKey: (item) => item.line,
        layoutMode: DetailsListLayoutMode.fixedColumns,
        ariaLabelForGrid: 'Import lines',
        ariaLabelForSelectionColumn: 'Toggle selection',
        ariaLabelForSelectAllCheckbox: 'Toggle selection for all items',
        checkButtonAriaLabel: 'select row',
        onRenderDetailsHeader: renderStickyHeader,
      }),
    ),
  );
}

createRoot(document.getElementById('app')).render(h(App));
