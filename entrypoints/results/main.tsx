import { render } from 'preact';
import '../../components/shared/extension-pages.css';
import { ResultsApp } from '../../components/results/ResultsApp';

render(<ResultsApp />, document.getElementById('app')!);
